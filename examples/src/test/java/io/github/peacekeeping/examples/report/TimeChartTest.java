package io.github.peacekeeping.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.PeacekeepingException;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The time chart on invented figures: the rendering does not care what they mean. */
class TimeChartTest {

    private static final String BLUE = "rgb(0,114,178)";
    private static final String VERMILION = "rgb(213,94,0)";

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private static final Series DEPLOYED = new Series("Alpha deployed", "Alpha", Series.Line.SOLID, List.of(
            DatedValue.of(day("2001-01-31"), 100), DatedValue.of(day("2001-02-28"), 400),
            DatedValue.of(day("2001-03-31"), 900), DatedValue.of(day("2001-04-30"), 700)));
    // 1,000 from 10 January, 600 from 15 March, nothing authorized from 20 April.
    private static final Series AUTHORIZED = new Series("Alpha authorized", "Alpha", Series.Line.STEP, List.of(
            DatedValue.of(day("2001-01-10"), 1000), DatedValue.of(day("2001-03-15"), 600),
            DatedValue.gap(day("2001-04-20"))));
    // Not reported at the end of March.
    private static final Series OTHER = new Series("Beta deployed", "Beta", Series.Line.SOLID, List.of(
            DatedValue.of(day("2001-01-31"), 50), DatedValue.of(day("2001-02-28"), 60),
            DatedValue.gap(day("2001-03-31")), DatedValue.of(day("2001-04-30"), 80),
            DatedValue.of(day("2001-05-31"), 90)));
    private static final List<LabelledDay> MARKS = List.of(new LabelledDay(day("2001-01-10"), "Decision 1"),
            new LabelledDay(day("2001-03-15"), "Decision 2"), new LabelledDay(day("2001-06-30"), "Decision 3"));

    private static final TimeChart CHART = new TimeChart("Test chart", "Personnel (persons)", Scale.PERSONS,
            List.of(DEPLOYED, AUTHORIZED, OTHER), MARKS);

    @Test
    void drawsOneLineForEachSeriesThroughEachOfItsPoints() throws Exception {
        List<ParsedSvg.Line> lines = ParsedSvg.parse(CHART.toSvg()).lines();

        assertThat(lines).hasSize(3);
        ParsedSvg.Line deployed = line(lines, BLUE, false);
        assertThat(deployed.vertices()).hasSize(4);
        assertThat(deployed.moves()).isEqualTo(1);
        // A step to each new value: 1,000 to 15 March, then 600 to 20 April, where the line ends.
        ParsedSvg.Line authorized = line(lines, BLUE, true);
        assertThat(authorized.vertices()).hasSize(4);
        assertThat(authorized.moves()).isEqualTo(1);
        assertThat(authorized.vertices().get(0)[1]).isEqualTo(authorized.vertices().get(1)[1]);
        assertThat(authorized.vertices().get(1)[0]).isEqualTo(authorized.vertices().get(2)[0]);
        assertThat(authorized.vertices().get(2)[1]).isEqualTo(authorized.vertices().get(3)[1]);
        // The gap breaks the line in two: four points, two strokes.
        ParsedSvg.Line other = line(lines, VERMILION, false);
        assertThat(other.vertices()).hasSize(4);
        assertThat(other.moves()).isEqualTo(2);
    }

    @Test
    void theAxesCoverEveryPoint() throws Exception {
        ParsedSvg svg = ParsedSvg.parse(CHART.toSvg());
        Rectangle2D area = svg.dataArea();
        double top = area.getMaxY();
        for (ParsedSvg.Line line : svg.lines()) {
            for (double[] vertex : line.vertices()) {
                assertThat(vertex[0]).isBetween(area.getMinX(), area.getMaxX());
                assertThat(vertex[1]).isBetween(area.getMinY(), area.getMaxY());
                top = Math.min(top, vertex[1]);
            }
        }
        // The value axis starts at zero: the smallest value, 50, is drawn above the bottom of the area.
        assertThat(line(svg.lines(), VERMILION, false).vertices().get(0)[1]).isLessThan(area.getMaxY());
        // The highest point, 1,000, is drawn below the top: the axis leaves room for the marks' labels.
        assertThat(top).isGreaterThan(area.getMinY() + area.getHeight() / 10);
    }

    @Test
    void labelsAxesWithUnitsDatesLegendAndMarks() throws Exception {
        ParsedSvg svg = ParsedSvg.parse(CHART.toSvg());

        assertThat(svg.texts()).contains("Test chart", "Date", "Personnel (persons)",
                "Alpha deployed", "Alpha authorized", "Beta deployed", "Decision 1", "Decision 2", "Decision 3", "0", "1,000");
        assertThat(svg.texts()).filteredOn(t -> t.matches("[A-Z][a-z]{2}-2001")).isNotEmpty();
        assertThat(svg.title()).isEqualTo("Test chart");
        assertThat(svg.desc()).isEqualTo("Personnel (persons) from 2001-01-10 to 2001-05-31: Alpha deployed, "
                + "Alpha authorized, Beta deployed. Marked: Decision 1 (2001-01-10), Decision 2 (2001-03-15), "
                + "Decision 3 (2001-06-30).");
        assertThat(svg.root().getAttribute("viewBox")).isEqualTo("0 0 640 420");
        assertThat(svg.root().getAttribute("width")).isEqualTo("100%");
        assertThat(svg.root().hasAttribute("height")).isFalse();
        assertThat(svg.root().getAttribute("role")).isEqualTo("img");
    }

    @Test
    void aShareIsDrawnAndTabledAsAPercentage() throws Exception {
        TimeChart shares = new TimeChart("Shares", "Women (% of personnel)", Scale.SHARE, List.of(new Series(
                "Troops", "Troops", Series.Line.SOLID, List.of(DatedValue.of(day("2009-11-30"), 0.0201),
                        DatedValue.of(day("2014-02-28"), 0.0287)))), List.of());
        ParsedSvg svg = ParsedSvg.parse(shares.toSvg());

        assertThat(svg.texts()).contains("0%", "Women (% of personnel)");
        assertThat(svg.texts()).filteredOn(t -> t.matches("[0-9.]+%")).hasSizeGreaterThan(2);
        assertThat(shares.table().rows()).containsExactly(List.of("2009-11-30", "2.0%"), List.of("2014-02-28", "2.9%"));
    }

    @Test
    void theSameChartGivesTheSameBytesWhateverTheLocaleAndTimeZone() {
        String svg = CHART.toSvg();
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertThat(CHART.toSvg()).isEqualTo(svg);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void theTableHasADateRowForEveryPointAndAColumnForEverySeries() {
        Table table = CHART.table();

        assertThat(table.header()).containsExactly("Date", "Alpha deployed", "Alpha authorized", "Beta deployed");
        assertThat(table.rows()).containsExactly(
                List.of("2001-01-10", "", "1,000", ""),
                List.of("2001-01-31", "100", "", "50"),
                List.of("2001-02-28", "400", "", "60"),
                List.of("2001-03-15", "", "600", ""),
                List.of("2001-03-31", "900", "", "none"),
                List.of("2001-04-20", "", "none", ""),
                List.of("2001-04-30", "700", "", "80"),
                List.of("2001-05-31", "", "", "90"));
    }

    @Test
    void refusesAChartWithoutAnyValue() {
        Series empty = new Series("Nothing", "Nothing", Series.Line.SOLID, List.of(DatedValue.gap(day("2001-01-31"))));
        assertThatThrownBy(() -> new TimeChart("Test", "Personnel (persons)", Scale.PERSONS, List.of(empty), List.of()))
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for series: \"1 series\" (must hold at least one value)");
        assertThatThrownBy(() -> new TimeChart(" ", "Personnel (persons)", Scale.PERSONS, List.of(DEPLOYED), List.of()))
                .hasMessage("Invalid value for title: \" \" (must not be blank)");
        assertThatThrownBy(() -> new TimeChart("Test", "Personnel (persons)", null, List.of(DEPLOYED), List.of()))
                .hasMessage("Missing value for scale (required)");
        assertThatThrownBy(() -> new TimeChart("Test", "Personnel (persons)", Scale.PERSONS, List.of(DEPLOYED),
                java.util.Arrays.asList((LabelledDay) null)))
                .hasMessage("Invalid value for marks: null element (elements must not be null)");
    }

    @Test
    void refusesPointsOutOfOrderAndValuesThatAreNotFinite() {
        assertThatThrownBy(() -> new Series("A", "A", Series.Line.SOLID, List.of(DatedValue.of(day("2001-02-28"), 1),
                DatedValue.of(day("2001-02-28"), 2))))
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for points: 2001-02-28 (must come after 2001-02-28)");
        assertThatThrownBy(() -> DatedValue.of(day("2001-02-28"), Double.NaN))
                .hasMessage("Invalid value for value: NaN (must be finite)");
        assertThatThrownBy(() -> new LabelledDay(null, "S/RES/918"))
                .hasMessage("Missing value for date (required)");
    }

    private static ParsedSvg.Line line(List<ParsedSvg.Line> lines, String stroke, boolean dashed) {
        return lines.stream().filter(l -> l.stroke().equals(stroke) && l.dashed() == dashed).reduce((a, b) -> {
            throw new AssertionError("two lines " + stroke + (dashed ? " dashed" : ""));
        }).orElseThrow();
    }
}
