package io.github.peacekeeping.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateRangeTest {

    private static final LocalDate START = LocalDate.of(1993, 10, 5);
    private static final LocalDate END = LocalDate.of(1996, 3, 8);

    @Test
    void closedRangeIncludesBothEnds() {
        DateRange range = DateRange.of(START, END);
        assertThat(range.contains(START)).isTrue();
        assertThat(range.contains(END)).isTrue();
        assertThat(range.contains(START.minusDays(1))).isFalse();
        assertThat(range.contains(END.plusDays(1))).isFalse();
        assertThat(range.isOpen()).isFalse();
        assertThat(range).hasToString("1993-10-05/1996-03-08");
    }

    @Test
    void openRange() {
        DateRange range = DateRange.startingOn(LocalDate.of(1948, 5, 29));
        assertThat(range.isOpen()).isTrue();
        assertThat(range.end()).isEmpty();
        assertThat(range.contains(LocalDate.of(2026, 11, 28))).isTrue();
        assertThat(range).hasToString("1948-05-29/..");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1993-10-05/1996-03-08", "1948-05-29/..", "2000-01-01/2000-01-01"})
    void parseReadsToString(String text) {
        assertThat(DateRange.parse(text)).hasToString(text);
        assertThat(DateRange.parse(DateRange.parse(text).toString())).isEqualTo(DateRange.parse(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1993-10-05|expected start/end or start/..",
        "1993-13-05/1994-01-01|expected ISO-8601 dates, as in 1993-10-05/1996-03-08",
    })
    void parseRefusesOtherText(String text, String rule) {
        assertThatThrownBy(() -> DateRange.parse(text)).hasMessage("Invalid value for range: \"" + text + "\" (" + rule + ")");
    }

    @Test
    void endBeforeStart() {
        assertThatThrownBy(() -> DateRange.of(END, START))
                .hasMessage("Invalid value for end: 1993-10-05 (must not be before start 1996-03-08)");
        assertThatThrownBy(() -> DateRange.parse("1996-03-08/1993-10-05")).isInstanceOf(PeacekeepingException.class);
        assertThatThrownBy(() -> DateRange.of(START, null)).isInstanceOf(MissingValueException.class);
        assertThatThrownBy(() -> DateRange.startingOn(null)).isInstanceOf(MissingValueException.class);
    }

    @Test
    void overlaps() {
        DateRange range = DateRange.of(START, END);
        assertThat(range.overlaps(DateRange.of(END, END.plusDays(3)))).isTrue();
        assertThat(range.overlaps(DateRange.of(END.plusDays(1), END.plusDays(3)))).isFalse();
        assertThat(range.overlaps(DateRange.startingOn(LocalDate.of(1950, 1, 1)))).isTrue();
        assertThat(DateRange.startingOn(END.plusDays(1)).overlaps(range)).isFalse();
        assertThat(range).isEqualTo(DateRange.of(START, END)).hasSameHashCodeAs(DateRange.of(START, END))
                .isNotEqualTo(DateRange.startingOn(START));
    }
}
