package io.github.peacekeeping.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import io.github.peacekeeping.core.PeacekeepingException;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bar chart on invented counts. */
class YearlyBarChartTest {

    private static final List<String> COLOURS = List.of("rgb(0,114,178)", "rgb(213,94,0)", "rgb(0,158,115)");

    private static final YearlyCounts COUNTS = YearlyCounts.of(2001, 2004, List.of("Alpha", "Beta", "Gamma"),
            Map.of(2002, Map.of("Alpha", 12L, "Gamma", 1L), 2003, Map.of("Alpha", 8L, "Beta", 0L, "Gamma", 3L),
                    2004, Map.of("Beta", 2L)));
    private static final YearlyBarChart CHART = new YearlyBarChart("Test bars", "Deaths (persons)", COUNTS);

    @Test
    void drawsOneBarSegmentForEachCountAboveZeroInsideTheAxes() throws Exception {
        ParsedSvg svg = ParsedSvg.parse(CHART.toSvg());
        List<ParsedSvg.Bar> bars = svg.bars(COLOURS);

        assertThat(bars).extracting(ParsedSvg.Bar::fill).containsExactlyInAnyOrder(
                COLOURS.get(0), COLOURS.get(2), COLOURS.get(0), COLOURS.get(2), COLOURS.get(1));
        Rectangle2D area = svg.dataArea();
        double unit = -1;
        for (ParsedSvg.Bar bar : bars) {
            assertThat(area.contains(bar.rectangle())).as(bar.toString()).isTrue();
            if (bar.fill().equals(COLOURS.get(1))) {
                unit = bar.rectangle().getHeight() / 2; // Beta's 2 in 2004
            }
        }
        // Heights are proportional to the counts: 2002's stack of 13 is the tallest, 6.5 times Beta's 2.
        double tallest = bars.stream().filter(b -> b.rectangle().getX() == bars.get(0).rectangle().getX())
                .mapToDouble(b -> b.rectangle().getHeight()).sum();
        assertThat(tallest).isCloseTo(13 * unit, offset(0.1));
    }

    @Test
    void labelsYearsAxesAndLegend() throws Exception {
        ParsedSvg svg = ParsedSvg.parse(CHART.toSvg());

        assertThat(svg.texts()).contains("Test bars", "Year", "Deaths (persons)", "2001", "2002", "2003", "2004",
                "Alpha", "Beta", "Gamma", "0", "12");
        assertThat(svg.desc()).isEqualTo("Deaths (persons) per year from 2001 to 2004, 26 in all, by Alpha, Beta, Gamma.");
        // Drawn again, the same bytes.
        assertThat(new YearlyBarChart("Test bars", "Deaths (persons)", COUNTS).toSvg()).isEqualTo(CHART.toSvg());
    }

    @Test
    void theTableHasEveryYearOfTheRunWithItsTotal() {
        Table table = CHART.table();

        assertThat(table.header()).containsExactly("Year", "Alpha", "Beta", "Gamma", "Total");
        assertThat(table.rows()).containsExactly(List.of("2001", "0", "0", "0", "0"), List.of("2002", "12", "0", "1", "13"),
                List.of("2003", "8", "0", "3", "11"), List.of("2004", "0", "2", "0", "2"));
    }

    @Test
    void countsAreCheckedAgainstTheirRunAndCategories() {
        assertThat(COUNTS.count(2003, "Gamma")).isEqualTo(3);
        assertThat(COUNTS.total(2001)).isZero();
        assertThat(COUNTS).hasToString("2001-2004 [Alpha, Beta, Gamma]: 2001 [0, 0, 0], 2002 [12, 0, 1], "
                + "2003 [8, 0, 3], 2004 [0, 2, 0]");
        assertThat(COUNTS).isEqualTo(YearlyCounts.of(2001, 2004, List.of("Alpha", "Beta", "Gamma"),
                Map.of(2003, Map.of("Gamma", 3L, "Alpha", 8L), 2002, Map.of("Gamma", 1L, "Alpha", 12L),
                        2004, Map.of("Beta", 2L))));
        assertThatThrownBy(() -> YearlyCounts.of(2001, 2000, List.of("Alpha"), Map.of()))
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for lastYear: 2000 (must not be before firstYear 2001)");
        assertThatThrownBy(() -> YearlyCounts.of(2001, 2002, List.of("Alpha"), Map.of(2003, Map.of("Alpha", 1L))))
                .hasMessage("Invalid value for counts: 2003 (must be a year from 2001 to 2002)");
        assertThatThrownBy(() -> YearlyCounts.of(2001, 2002, List.of("Alpha"), Map.of(2001, Map.of("Delta", 1L))))
                .hasMessage("Invalid value for counts: \"Delta\" (must be one of [Alpha])");
        assertThatThrownBy(() -> YearlyCounts.of(2001, 2002, List.of("Alpha"), Map.of(2001, Map.of("Alpha", -1L))))
                .hasMessage("Invalid value for counts: -1 (must not be negative)");
        assertThatThrownBy(() -> YearlyCounts.of(2001, 2002, List.of("Alpha", "Alpha"), Map.of()))
                .hasMessage("Invalid value for categories: [Alpha, Alpha] (must not repeat Alpha)");
        assertThatThrownBy(() -> COUNTS.count(2005, "Alpha"))
                .hasMessage("Invalid value for year: 2005 (must be from 2001 to 2004)");
    }
}
