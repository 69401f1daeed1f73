package io.github.peacekeeping.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.PeacekeepingException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report page on invented figures. */
class ReportPageTest {

    private static final TimeChart LINES = new TimeChart("Lines <A & B>", "Personnel (persons)", Scale.PERSONS,
            List.of(new Series("Deployed", "A", Series.Line.SOLID, List.of(DatedValue.of(LocalDate.of(2001, 1, 31), 1234),
                    DatedValue.of(LocalDate.of(2001, 2, 28), 1300)))), List.of());
    private static final YearlyBarChart BARS = new YearlyBarChart("Bars", "Deaths (persons)",
            YearlyCounts.of(2001, 2002, List.of("Alpha"), Map.of(2002, Map.of("Alpha", 7L))));
    private static final ReportPage PAGE = new ReportPage("Report on \"Test\"", List.of("First paragraph.", "Second."),
            List.of(new Figure("lines.svg", LINES, "Invented figures."), new Figure("bars.svg", BARS, "Invented too.")));

    @Test
    void showsEveryChartWithItsDescriptionCaptionAndFigures() {
        String html = PAGE.toHtml();

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n")
                .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .contains("<title>Report on &quot;Test&quot;</title>")
                .contains("<p>First paragraph.</p>\n<p>Second.</p>")
                .contains("<h2>Lines &lt;A &amp; B&gt;</h2>")
                .contains("<img src=\"lines.svg\" alt=\"Personnel (persons) from 2001-01-31 to 2001-02-28: Deployed.\">")
                .contains("<figcaption>Invented figures.</figcaption>")
                .contains("<img src=\"bars.svg\" alt=\"Deaths (persons) per year from 2001 to 2002, 7 in all, by Alpha.\">")
                .contains("<tr><th scope=\"row\">2001-01-31</th><td>1,234</td></tr>")
                .contains("<tr><th scope=\"row\">2002</th><td>7</td><td>7</td></tr>")
                .endsWith("</body>\n</html>\n");
        assertThat(html.split("<img ", -1)).hasSize(3);
        assertThat(html.split("<table>", -1)).hasSize(3);
        assertThat(PAGE.toHtml()).isEqualTo(html);
    }

    @Test
    void aFigureIsAPlainSvgFileName() {
        assertThatThrownBy(() -> new Figure("../x.svg", BARS, "Caption"))
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for file: \"../x.svg\" (must be a plain name of letters, digits, '-' and '_' ending in .svg)");
        assertThatThrownBy(() -> new Figure("x.svg\" onload=\"alert(1)", BARS, "Caption"))
                .isInstanceOf(PeacekeepingException.class);
        assertThatThrownBy(() -> new Figure("x.svg", BARS, " "))
                .hasMessage("Invalid value for caption: \" \" (must not be blank)");
    }

    @Test
    void aTableRowHasACellForEveryColumn() {
        assertThatThrownBy(() -> new Table(List.of("Year", "Count"), List.of(List.of("2001"))))
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for rows: [2001] (must hold 2 cells, one per column)");
        assertThatThrownBy(() -> new Table(List.of(), List.of()))
                .hasMessage("Invalid value for header: [] (must hold at least one value)");
    }
}
