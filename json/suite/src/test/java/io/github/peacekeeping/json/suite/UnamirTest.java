package io.github.peacekeeping.json.suite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peacekeeping.core.Adoption;
import io.github.peacekeeping.core.Authorization;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.LeadershipRole;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.MandateTask;
import io.github.peacekeeping.core.MilitaryCategory;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PartialDate;
import io.github.peacekeeping.core.validation.Finding;
import io.github.peacekeeping.core.validation.MissionValidator;
import io.github.peacekeeping.core.validation.Severity;
import io.github.peacekeeping.core.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reference documents of the wire format, v1 ({@code unamir.json}) and v2 ({@code unamir-v2.json}):
 * they read, validate, and write back to the same JSON.
 */
class UnamirTest {

    private static final String V1 = "/unamir.json";
    private static final String V2 = "/unamir-v2.json";

    private static String reference(String name) throws IOException {
        try (InputStream in = UnamirTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsTheV1ReferenceDocument() throws IOException {
        Mission unamir = Wire.JSON.readMission(reference(V1));

        assertThat(unamir.acronym()).isEqualTo("UNAMIR");
        assertThat(unamir.hosts()).containsExactly(CountryCode.of("RWA"));
        assertThat(unamir.closed()).contains(PartialDate.of(1996, 3, 8));
        assertThat(unamir.mandates()).hasSize(9);
        assertThat(unamir.mandates().get(8).actions()).contains(MandateAction.TERMINATE);
        assertThat(unamir.ceilingsOn(LocalDate.of(1994, 6, 1)).military()).hasValue(5500);
        assertThat(unamir.leadershipOn(LocalDate.of(1994, 1, 1)))
                .extracting(a -> a.role() + " " + a.name())
                .containsExactly(LeadershipRole.FORCE_COMMANDER + " Romeo Dallaire",
                        LeadershipRole.HEAD_OF_MISSION + " Jacques-Roger Booh-Booh");
    }

    @Test
    void readsTheV2ReferenceDocument() throws IOException {
        Mission unamir = Wire.JSON.readMission(reference(V2));

        assertThat(unamir.established()).isEqualTo(PartialDate.of(1993, 10, 5));
        assertThat(unamir.operationsEnded()).contains(PartialDate.of(1996, 3, 8));
        assertThat(unamir.closed()).contains(PartialDate.of(1996, 4));
        assertThat(unamir.mandates().get(3).resolution().adoption()).contains(Adoption.WITHOUT_VOTE);
        assertThat(unamir.mandates().get(3).resolution().vote()).isEmpty();
        assertThat(unamir.mandates().get(3).chapterVIITasks()).contains(List.of(MandateTask.ARMS_EMBARGO_MONITORING));
        assertThat(unamir.mandates().get(0).resolution().adoption()).contains(Adoption.VOTE);
        assertThat(unamir.mandates().get(6).authorizedStrength()).containsExactly(
                Authorization.of(List.of(MilitaryCategory.TROOPS, MilitaryCategory.STAFF_OFFICERS), 2330,
                        LocalDate.of(1995, 9, 9)),
                Authorization.of(List.of(MilitaryCategory.TROOPS, MilitaryCategory.STAFF_OFFICERS), 1800,
                        LocalDate.of(1995, 10, 9)));
        assertThat(unamir.leadership()).extracting(a -> a.name() + " " + a.start())
                .containsExactly("Romeo Dallaire 1993-10-05", "Guy Tousignant 1994-08", "Shiva Kumar 1995-12",
                        "Jacques-Roger Booh-Booh 1993-11", "Shaharyar Khan 1994-07");
    }

    @ParameterizedTest
    @ValueSource(strings = {V1, V2})
    void validatesWithoutError(String name) throws IOException {
        ValidationReport report = MissionValidator.validate(Wire.JSON.readMission(reference(name)));

        assertThat(report.findings(Severity.ERROR)).isEmpty();
    }

    @Test
    void theV2DocumentBreaksNoRuleOfStrengthDeploymentOrLeadership() throws IOException {
        ValidationReport report = MissionValidator.validate(Wire.JSON.readMission(reference(V2)));

        assertThat(report.findings()).extracting(Finding::code)
                .doesNotContain("PK106", "PK107", "PK111", "PK114");
    }

    @ParameterizedTest
    @ValueSource(strings = {V1, V2})
    void writesBackToAnEqualTree(String name) throws IOException {
        String reference = reference(name);
        String written = Wire.writeMission(Wire.JSON.readMission(reference));

        ObjectMapper trees = new ObjectMapper();
        JsonNode expected = trees.readTree(reference);
        assertThat(trees.readTree(written)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {V1, V2})
    void writesPrettyAsTheReferenceIsWritten(String name) throws IOException {
        String reference = reference(name);

        String pretty = Wire.JSON.withPrettyPrinting().writeMission(Wire.JSON.readMission(reference));

        assertThat(pretty + "\n").isEqualTo(reference);
    }

    @ParameterizedTest
    @ValueSource(strings = {V1, V2})
    void theReferenceIsValidAgainstTheSchema(String name) throws IOException {
        Wire.assertValid(reference(name), null);
    }
}
