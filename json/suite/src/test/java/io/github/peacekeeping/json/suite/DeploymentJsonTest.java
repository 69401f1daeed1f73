package io.github.peacekeeping.json.suite;

import static io.github.peacekeeping.json.suite.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.MilitaryCategory;
import io.github.peacekeeping.core.PersonnelCategory;
import io.github.peacekeeping.core.PoliceCategory;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DeploymentJsonTest {

    @Test
    void writesAndReadsTheFemaleCount() throws IOException {
        assertThat(Wire.write(Samples.troops())).isEqualTo(json(Samples.TROOPS));
        assertThat(Wire.read(json(Samples.TROOPS), Deployment.class)).isEqualTo(Samples.troops());
    }

    @Test
    void leavesOutAnAbsentFemaleCount() throws IOException {
        assertThat(Wire.write(Samples.police())).isEqualTo(json(Samples.POLICE));
        assertThat(Wire.read(json(Samples.POLICE), Deployment.class)).isEqualTo(Samples.police());
        assertThat(Wire.read(json(Samples.POLICE.replace("}", ",'female':null}")), Deployment.class))
                .isEqualTo(Samples.police());
    }

    @Test
    void readsOnlyTheCategoriesOfTheDeclaredType() throws IOException {
        // A new mapper for each: a mapper keeps the deserializer it made for a declared type.
        assertThat(Wire.BINDING.newMapper().readDeployment(json(Samples.TROOPS), MilitaryCategory.class))
                .isEqualTo(Samples.troops());
        assertThat(Wire.BINDING.newMapper().readDeployment(json(Samples.POLICE), PoliceCategory.class))
                .isEqualTo(Samples.police());
        assertThat(Wire.error(() -> Wire.BINDING.newMapper().readDeployment(json(Samples.POLICE), MilitaryCategory.class)))
                .hasMessage("Unknown value \"FORMED_POLICE_UNITS\" for category at category (line 1, column 33);"
                        + " expected one of: TROOPS, STAFF_OFFICERS, EXPERTS_ON_MISSION");
        assertThat(Wire.error(() -> Wire.BINDING.newMapper().readDeployment(json(Samples.TROOPS), PoliceCategory.class)))
                .hasMessage("Unknown value \"TROOPS\" for category at category (line 1, column 33);"
                        + " expected one of: INDIVIDUAL_POLICE, FORMED_POLICE_UNITS, POLICE");
        for (String deployment : List.of(Samples.TROOPS, Samples.POLICE)) {
            assertThat(Wire.BINDING.newMapper().readDeployment(json(deployment), PersonnelCategory.class))
                    .isEqualTo(Wire.read(json(deployment), Deployment.class));
            assertThat(Wire.BINDING.newMapper().readValue(json(deployment), Deployment.class))
                    .isEqualTo(Wire.read(json(deployment), Deployment.class));
        }
    }

    @Test
    void datesFromYear0To9999() throws IOException {
        for (LocalDate date : List.of(LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31))) {
            Deployment<MilitaryCategory> deployment = Deployment.of(Samples.BGD, MilitaryCategory.TROOPS, date, 1);

            String written = Wire.write(deployment);

            assertThat(written).contains("\"date\":\"" + (date.getYear() == 0 ? "0000-01-01" : "9999-12-31") + "\"");
            assertThat(Wire.read(written, Deployment.class)).isEqualTo(deployment);
        }
        Deployment<MilitaryCategory> beforeYear0 =
                Deployment.of(Samples.BGD, MilitaryCategory.TROOPS, LocalDate.of(-1, 12, 31), 1);
        assertThat(Wire.modelError(org.assertj.core.api.Assertions.catchThrowable(() -> Wire.MAPPER.writeValueAsString(beforeYear0))))
                .hasMessage("Invalid value for date: -0001-12-31 (the wire format holds years 0 to 9999)");
    }

    static Stream<PersonnelCategory> categories() {
        return PersonnelCategory.values().stream();
    }

    @ParameterizedTest
    @MethodSource("categories")
    void roundTripsEveryCategory(PersonnelCategory category) throws IOException {
        Deployment<PersonnelCategory> deployment =
                Deployment.of(Samples.NGA, category, LocalDate.of(2011, 6, 30), 40, 4);

        String written = Wire.write(deployment);

        assertThat(written).contains("\"category\":\"" + category.name() + "\"");
        assertThat(Wire.read(written, Deployment.class)).isEqualTo(deployment);
        assertThat(Wire.read(Wire.write(category), PersonnelCategory.class)).isSameAs(category);
        Class<? extends PersonnelCategory> type =
                category instanceof MilitaryCategory ? MilitaryCategory.class : PoliceCategory.class;
        assertThat(Wire.read("\"" + category.name() + "\"", type)).isSameAs(category);
    }
}
