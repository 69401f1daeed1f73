package io.github.peacekeeping.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.peacekeeping.core.AuthorizingBody;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.MilitaryCategory;
import io.github.peacekeeping.core.MilitaryComponent;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PersonnelCategory;
import io.github.peacekeeping.core.Unamir;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real missions, from sources cited in their fixtures, validate as history says they should. */
class HistoryTest {

    @Test
    void unamirHasNoErrorAndReportsPk112OnceWhereResolution918TasksTheProtectionOfCivilians() {
        // 918 (1994) tasked UNAMIR to protect civilians at risk in its part A, not under Chapter VII; 965 (1994)
        // kept that task, still without Chapter VII: one finding, at 918.
        ValidationReport report = MissionValidator.validate(Unamir.mission());
        assertThat(report.isValid()).isTrue();
        assertThat(report.findings(Severity.ERROR)).isEmpty();
        assertThat(report.findings("PK112")).extracting(Finding::path, Finding::message).containsExactly(
                tuple("/mandates/3/tasks",
                        "S/RES/918 (1994) tasks PROTECTION_OF_CIVILIANS without Chapter VII"));
    }

    @Test
    void unefIAuthorizedByTheGeneralAssemblyIsRepresentableAndValid() {
        Mission unef = UnefI.mission();
        assertThat(unef.acronym()).isEqualTo("UNEF I");
        assertThat(unef.mandates()).allSatisfy(m -> assertThat(m.resolution().body()).isEqualTo(AuthorizingBody.GENERAL_ASSEMBLY));
        assertThat(unef.mandates().get(0).resolution().symbol()).hasToString("A/RES/1000 (ES-I)");
        // An open-ended establishment: UNEF I never had a fixed mandate period.
        assertThat(unef.isMandatedOn(LocalDate.of(1967, 6, 1))).isTrue();
        assertThat(MissionValidator.validate(unef).findings()).isEmpty();
    }

    @Test
    void everyContributorOfTheUnsFiguresOf2009To2014NamesItsStateOnItsReportingDays() throws IOException {
        List<Deployment<MilitaryCategory>> deployments = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/ipi/contributors_2009-11_2014-02.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // code, first, last
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split(",");
                CountryCode country = CountryCode.of(cells[0]);
                deployments.add(Deployment.of(country, PersonnelCategory.TROOPS, LocalDate.parse(cells[1]), 1));
                deployments.add(Deployment.of(country, PersonnelCategory.TROOPS, LocalDate.parse(cells[2]), 1));
            }
        }
        assertThat(deployments).hasSize(260);
        Mission reported = Unamir.builder().components(List.of(MilitaryComponent.of(deployments))).build();
        assertThat(MissionValidator.validate(reported).findings("PK116")).isEmpty();
    }
}
