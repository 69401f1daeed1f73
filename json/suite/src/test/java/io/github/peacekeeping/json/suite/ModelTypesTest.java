package io.github.peacekeeping.json.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.peacekeeping.core.Contributor;
import io.github.peacekeeping.core.DateRange;
import io.github.peacekeeping.core.validation.Finding;
import io.github.peacekeeping.core.validation.RuleSet;
import io.github.peacekeeping.core.validation.Severity;
import io.github.peacekeeping.core.validation.StandardRule;
import io.github.peacekeeping.core.validation.ValidationReport;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Types of the model that are not part of the mission format: a mapper with the module wrote them as
 * beans ({@code {"open":false}}, {@code {"valid":true}}), losing their data. Now date ranges are ISO
 * intervals both ways, validation reports and findings are written whole (and refused when read), and
 * any other class of the model is refused with a message that says so.
 */
class ModelTypesTest {

    private static final Finding LAPSE = Finding.of(StandardRule.MANDATE_LAPSE, "/mandates/3/expires",
            "no mandate period covers 1994-04-06 to 1994-04-20");
    private static final Finding PROTECTION = Finding.of(StandardRule.CIVILIANS_WITHOUT_CHAPTER_VII, Severity.ERROR,
            "/mandates/5/tasks", "protection of civilians \"tasked\"\nwithout Chapter VII");

    @Test
    void aDateRangeIsItsIsoInterval() throws IOException {
        DateRange closed = DateRange.of(LocalDate.of(1993, 10, 5), LocalDate.of(1996, 3, 8));
        DateRange open = DateRange.startingOn(LocalDate.of(1948, 5, 29));

        assertThat(Wire.MAPPER.writeValueAsString(closed)).isEqualTo("\"1993-10-05/1996-03-08\"");
        assertThat(Wire.MAPPER.writeValueAsString(open)).isEqualTo("\"1948-05-29/..\"");
        assertThat(Wire.MAPPER.readValue("\"1948-05-29/..\"", DateRange.class)).isEqualTo(open);
        assertThat(Wire.error(() -> Wire.MAPPER.readValue("\"1996-03-08/1993-10-05\"", DateRange.class)))
                .hasMessage("Invalid value for end: 1993-10-05 (must not be before start 1996-03-08) at $ (line 1, column 1)");
    }

    @Test
    void aValidationReportIsWrittenWholeByTheFacadeAndTheMapper() throws IOException {
        // A finding's message is one line: Finding escapes the line break as \n, which JSON writes as \\n.
        ValidationReport report = ValidationReport.of(List.of(LAPSE, PROTECTION));
        String expected = "{\"valid\":false,\"findings\":["
                + "{\"severity\":\"WARNING\",\"code\":\"PK104\",\"path\":\"/mandates/3/expires\","
                + "\"message\":\"no mandate period covers 1994-04-06 to 1994-04-20\"},"
                + "{\"severity\":\"ERROR\",\"code\":\"PK112\",\"path\":\"/mandates/5/tasks\","
                + "\"message\":\"protection of civilians \\\"tasked\\\"\\\\nwithout Chapter VII\"}]}";

        assertThat(Wire.JSON.writeReport(report)).isEqualTo(expected);
        assertThat(Wire.MAPPER.writeValueAsString(report)).isEqualTo(expected);
        StringWriter out = new StringWriter();
        Wire.JSON.writeReport(ValidationReport.of(List.of()), out);
        assertThat(out.toString()).isEqualTo("{\"valid\":true,\"findings\":[]}");
        assertThat(Wire.JSON.withPrettyPrinting().writeReport(ValidationReport.of(List.of(LAPSE))))
                .startsWith("{\n  \"valid\": true,\n  \"findings\": [\n    {\n      \"severity\": \"WARNING\",");
    }

    @Test
    void findingsAreWrittenNotRead() {
        assertThat(Wire.error(() -> Wire.MAPPER.readValue("{\"valid\":true,\"findings\":[]}", ValidationReport.class)))
                .hasMessage("Invalid value: {...} (ValidationReport is written, not read: validate the mission instead)"
                        + " at $ (line 1, column 1)");
        assertThat(Wire.error(() -> Wire.MAPPER.readValue("[{\"code\":\"PK104\"}]", Finding[].class)))
                .hasMessage("Invalid value: {...} (Finding is written, not read: validate the mission instead)"
                        + " at [0] (line 1, column 2)");
    }

    @Test
    void anyOtherClassOfTheModelIsRefusedWithAMessageThatSaysSo() {
        assertThat(catchThrowable(() -> Wire.MAPPER.writeValueAsString(RuleSet.standard())))
                .hasMessageContaining("RuleSet is not part of the peacekeeping wire format");
        assertThat(catchThrowable(() -> Wire.MAPPER.readValue("{}", Contributor.class)))
                .hasMessageContaining("Contributor is not part of the peacekeeping wire format");
    }
}
