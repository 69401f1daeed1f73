package io.github.peacekeeping.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.DateRange;
import io.github.peacekeeping.core.MissingValueException;
import io.github.peacekeeping.core.PeacekeepingException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The peacekeeping fiscal year, 1 July to 30 June: factories, text form, boundaries. */
class FiscalYearTest {

    @Test
    void twentyTwentyFour() {
        FiscalYear year = FiscalYear.of(2024);
        assertThat(year).hasToString("2024/25");
        assertThat(year.firstYear()).isEqualTo(2024);
        assertThat(year.start()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(year.period()).isEqualTo(DateRange.of(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30)));
        assertThat(FiscalYear.parse("2024/25")).isEqualTo(year).hasSameHashCodeAs(year);
        assertThat(FiscalYear.of(1999)).hasToString("1999/00");
        assertThat(FiscalYear.parse("1999/00")).isEqualTo(FiscalYear.of(1999));
        assertThat(FiscalYear.of(2008)).hasToString("2008/09");
        assertThat(year.compareTo(FiscalYear.of(2025))).isNegative();
        assertThat(year).isNotEqualTo(FiscalYear.of(2025)).isNotEqualTo("2024/25");
    }

    @Test
    void containing() {
        assertThat(FiscalYear.containing(LocalDate.of(2025, 6, 30))).isEqualTo(FiscalYear.of(2024));
        assertThat(FiscalYear.containing(LocalDate.of(2025, 7, 1))).isEqualTo(FiscalYear.of(2025));
        assertThat(FiscalYear.containing(LocalDate.of(2025, 1, 1))).isEqualTo(FiscalYear.of(2024));
        assertThatThrownBy(() -> FiscalYear.containing(null)).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for fiscalYear (required)");
    }

    @Test
    void containsAWholeOrPartialYear() {
        FiscalYear year = FiscalYear.of(2011);
        assertThat(year.contains(year.period())).isTrue();
        // UNMISS was established on 8 July 2011: its first period is part of 2011/12.
        assertThat(year.contains(DateRange.of(LocalDate.of(2011, 7, 8), LocalDate.of(2012, 6, 30)))).isTrue();
        assertThat(year.contains(DateRange.of(LocalDate.of(2011, 6, 30), LocalDate.of(2012, 6, 30)))).isFalse();
        assertThat(year.contains(DateRange.of(LocalDate.of(2011, 7, 1), LocalDate.of(2012, 7, 1)))).isFalse();
        assertThat(year.contains(DateRange.startingOn(LocalDate.of(2011, 7, 1)))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024/26", "2024-25", "2024/2025", "24/25", "2024/5", " 2024/25", ""})
    void malformedText(String text) {
        assertThatThrownBy(() -> FiscalYear.parse(text)).isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for fiscalYear: \"" + text
                        + "\" (expected the first year and the last two digits of the next, as in 2024/25)");
    }

    @Test
    void yearsOutOfRange() {
        assertThatThrownBy(() -> FiscalYear.of(999)).hasMessage("Invalid value for fiscalYear: 999 (expected a year from 1000 to 9998)");
        assertThatThrownBy(() -> FiscalYear.of(9999)).hasMessage("Invalid value for fiscalYear: 9999 (expected a year from 1000 to 9998)");
        assertThat(FiscalYear.of(9998).end()).isEqualTo(LocalDate.of(9999, 6, 30));
        assertThat(FiscalYear.of(1000)).hasToString("1000/01");
        assertThatThrownBy(() -> FiscalYear.parse(null)).isInstanceOf(MissingValueException.class);
    }
}
