package io.github.peacekeeping.json;

import static io.github.peacekeeping.json.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.MilitaryCategory;
import io.github.peacekeeping.core.PersonnelCategory;
import io.github.peacekeeping.core.PoliceCategory;
import java.io.IOException;
import java.time.LocalDate;
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
