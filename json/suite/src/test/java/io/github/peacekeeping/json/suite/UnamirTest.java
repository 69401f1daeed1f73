package io.github.peacekeeping.json.suite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.LeadershipRole;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PartialDate;
import io.github.peacekeeping.core.validation.MissionValidator;
import io.github.peacekeeping.core.validation.Severity;
import io.github.peacekeeping.core.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The reference document of the wire format: reads, validates, and writes back to the same JSON. */
class UnamirTest {

    private static String reference() throws IOException {
        try (InputStream in = UnamirTest.class.getResourceAsStream("/unamir.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsTheReferenceDocument() throws IOException {
        Mission unamir = Wire.JSON.readMission(reference());

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
    void validatesWithoutError() throws IOException {
        ValidationReport report = MissionValidator.validate(Wire.JSON.readMission(reference()));

        assertThat(report.findings(Severity.ERROR)).isEmpty();
    }

    @Test
    void writesBackToAnEqualTree() throws IOException {
        String reference = reference();
        String written = Wire.writeMission(Wire.JSON.readMission(reference));

        ObjectMapper trees = new ObjectMapper();
        JsonNode expected = trees.readTree(reference);
        assertThat(trees.readTree(written)).isEqualTo(expected);
    }

    @Test
    void writesPrettyAsTheReferenceIsWritten() throws IOException {
        String reference = reference();

        String pretty = Wire.JSON.withPrettyPrinting().writeMission(Wire.JSON.readMission(reference));

        assertThat(pretty + "\n").isEqualTo(reference);
    }

    @Test
    void theReferenceIsValidAgainstTheSchema() throws IOException {
        Wire.assertValid(reference(), null);
    }
}
