package io.github.peacekeeping.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.testing.Csv;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ranking as the UN gives it, tested on its ranking of 31 January 2021 (test resource un-ranks/). */
class ContributorRankingTest {

    private static final LocalDate JANUARY_31_2021 = LocalDate.of(2021, 1, 31);

    /** One row of the UN's file. */
    private record Row(CountryCode country, String name, int rank, long total) {
    }

    private static List<Row> unRanking() {
        List<Row> rows = new ArrayList<>();
        for (Map<String, String> row : Csv.rows("/un-ranks/Rank_2021-01.csv")) {
            rows.add(new Row(CountryCode.of(row.get("ISOCode3")), row.get("Contributing_Country"),
                    Integer.parseInt(row.get("Personnel_Contribution_Rank")),
                    Long.parseLong(row.get("Total_Uniformed_Personnel"))));
        }
        return rows;
    }

    private static Map<CountryCode, Long> totals(List<Row> rows) {
        Map<CountryCode, Long> totals = new HashMap<>();
        rows.forEach(row -> totals.put(row.country(), row.total()));
        return totals;
    }

    @Test
    void theUnsRanksOfJanuary2021() {
        List<Row> rows = unRanking();
        assertThat(rows).hasSize(122);

        ContributorRanking ranking = ContributorRanking.of(JANUARY_31_2021, totals(rows));

        for (Row row : rows) {
            assertThat(ranking.rankOf(row.country())).as(row.name()).hasValue(row.rank());
            assertThat(ranking.totalOf(row.country())).hasValue(row.total());
        }
        // Tied totals share a rank and the next rank skips: BRN and USA 80th, NAM 82nd; eight states 113th.
        assertThat(ranking.rankOf(CountryCode.of("BRN"))).hasValue(80);
        assertThat(ranking.rankOf(CountryCode.of("USA"))).hasValue(80);
        assertThat(ranking.rankOf(CountryCode.of("NAM"))).hasValue(82);
        assertThat(rows.stream().filter(r -> ranking.rankOf(r.country()).getAsInt() == 113)).hasSize(8);
        assertThat(ranking.rankOf(CountryCode.of("LVA"))).hasValue(121);
        assertThat(ranking.rankOf(CountryCode.of("ISL"))).isEmpty();
    }

    @Test
    void tiedStatesAreListedByName() {
        List<Row> rows = unRanking();
        List<CountryCode> unOrder = rows.stream().map(Row::country).toList();

        // With the UN's own names, the UN's order exactly.
        Map<CountryCode, String> unNames = new HashMap<>();
        rows.forEach(row -> unNames.put(row.country(), row.name()));
        assertThat(ContributorRanking.of(JANUARY_31_2021, totals(rows), unNames::get).countries())
                .containsExactlyElementsOf(unOrder);

        // With the ISO 3166 names of CountryCode, one tie reads differently: ISO's "Moldova, Republic of"
        // comes before "Philippines", the UN's "Republic of Moldova" after it (rank 100).
        List<CountryCode> isoOrder = new ArrayList<>(unOrder);
        isoOrder.remove(CountryCode.of("MDA"));
        isoOrder.add(isoOrder.indexOf(CountryCode.of("PHL")), CountryCode.of("MDA"));
        assertThat(ContributorRanking.of(JANUARY_31_2021, totals(rows)).countries()).containsExactlyElementsOf(isoOrder);
    }

    @Test
    void valueAndText() {
        Map<CountryCode, Long> totals = new LinkedHashMap<>();
        totals.put(CountryCode.of("USA"), 30L);
        totals.put(CountryCode.of("BRN"), 30L);
        totals.put(CountryCode.of("NAM"), 29L);
        ContributorRanking ranking = ContributorRanking.of(JANUARY_31_2021, totals);
        assertThat(ranking).hasToString("2021-01-31: 1. BRN 30, 1. USA 30, 3. NAM 29")
                .isEqualTo(ContributorRanking.of(JANUARY_31_2021, Map.copyOf(totals)))
                .hasSameHashCodeAs(ContributorRanking.of(JANUARY_31_2021, Map.copyOf(totals)))
                .isNotEqualTo(ContributorRanking.of(JANUARY_31_2021.plusDays(1), totals));
        assertThat(ranking.date()).isEqualTo(JANUARY_31_2021);
        assertThat(ContributorRanking.of(JANUARY_31_2021, Map.of()).countries()).isEmpty();
    }

    @Test
    void refusesWhatCannotBeRanked() {
        assertThatThrownBy(() -> ContributorRanking.of(JANUARY_31_2021, Map.of(CountryCode.of("BGD"), -1L)))
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for total: -1 (must not be negative)");
        assertThatThrownBy(() -> ContributorRanking.of(null, Map.of())).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for date (required)");
        Map<CountryCode, Long> nullTotal = new HashMap<>();
        nullTotal.put(CountryCode.of("BGD"), null);
        assertThatThrownBy(() -> ContributorRanking.of(JANUARY_31_2021, nullTotal))
                .isInstanceOf(MissingValueException.class).hasMessage("Missing value for total (required)");
        assertThatThrownBy(() -> ContributorRanking.of(JANUARY_31_2021, Map.of(CountryCode.of("BGD"), 1L), c -> null))
                .isInstanceOf(MissingValueException.class).hasMessage("Missing value for name (required)");
    }
}
