package io.github.peacekeeping.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.PartialDate.Precision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @ParameterizedTest
    @CsvSource({
        "1995-12-08, DAY, 1995-12-08, 1995-12-08",
        "1995-12, MONTH, 1995-12-01, 1995-12-31",
        "1996-02, MONTH, 1996-02-01, 1996-02-29",
        "1995-02, MONTH, 1995-02-01, 1995-02-28",
        "1978, YEAR, 1978-01-01, 1978-12-31",
        "0000, YEAR, 0000-01-01, 0000-12-31",
        "9999-12-31, DAY, 9999-12-31, 9999-12-31",
        "0999-04, MONTH, 0999-04-01, 0999-04-30",
    })
    void readsEachPrecisionAndWritesItBackAsRead(String text, Precision precision, LocalDate earliest, LocalDate latest) {
        PartialDate date = PartialDate.parse(text);
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.earliest()).isEqualTo(earliest);
        assertThat(date.latest()).isEqualTo(latest);
        assertThat(date.days()).isEqualTo(DateRange.of(earliest, latest));
        assertThat(date).hasToString(text);
        assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
    }

    @Test
    void factoriesBuildFromParts() {
        assertThat(PartialDate.of(1978)).isEqualTo(PartialDate.parse("1978"));
        assertThat(PartialDate.of(1995, 12)).isEqualTo(PartialDate.parse("1995-12"));
        assertThat(PartialDate.of(1995, 12, 8)).isEqualTo(PartialDate.parse("1995-12-08"))
                .isEqualTo(PartialDate.from(LocalDate.of(1995, 12, 8)));
        assertThat(PartialDate.of(1995, 12, 8).exactDay()).contains(LocalDate.of(1995, 12, 8));
        assertThat(PartialDate.of(1995, 12).exactDay()).isEmpty();
        assertThat(PartialDate.of(1995).exactDay()).isEmpty();
    }

    @Test
    void aMonthIsNotItsFirstDay() {
        PartialDate month = PartialDate.of(1995, 12);
        PartialDate firstDay = PartialDate.of(1995, 12, 1);
        assertThat(month).isNotEqualTo(firstDay).isNotEqualTo(PartialDate.of(1995)).isNotEqualTo(null)
                .isNotEqualTo("1995-12");
        assertThat(month.hashCode()).isNotEqualTo(firstDay.hashCode());
        assertThat(month).isEqualTo(PartialDate.parse("1995-12")).hasSameHashCodeAs(PartialDate.parse("1995-12"));
    }

    @Test
    void eachDayItCoversIsAReading() {
        PartialDate december = PartialDate.of(1995, 12);
        assertThat(december.mayBe(LocalDate.of(1995, 12, 1))).isTrue();
        assertThat(december.mayBe(LocalDate.of(1995, 12, 31))).isTrue();
        assertThat(december.mayBe(LocalDate.of(1995, 11, 30))).isFalse();
        assertThat(december.mayBe(LocalDate.of(1996, 1, 1))).isFalse();
    }

    @Test
    void sortsByFirstThenLastDayConsistentlyWithEquals() {
        List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.parse("1996"), PartialDate.parse("1995-12-02"),
                PartialDate.parse("1995-12"), PartialDate.parse("1995-12-01"), PartialDate.parse("1995")));
        Collections.sort(dates);
        assertThat(dates).extracting(PartialDate::toString)
                .containsExactly("1995", "1995-12-01", "1995-12", "1995-12-02", "1996");
        assertThat(PartialDate.parse("1995-12").compareTo(PartialDate.of(1995, 12))).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "95", "1995-1", "1995-12-8", "1995/12/08", " 1995", "1995-12-08T00:00", "+1995",
        "-001", "19950", "1995-", "1995-12-", "199a", "1995-1a", "1995-12-0a", "1995_12", "1995-12_08", "１９９５"})
    void refusesOtherForms(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for date: " + PeacekeepingException.render(text)
                        + " (expected an ISO 8601 date to the day, month or year: 1995-12-08, 1995-12 or 1995)");
    }

    @ParameterizedTest
    @CsvSource({
        "1995-13, month must be 1 to 12",
        "1995-00, month must be 1 to 12",
        "1995-02-29, day must be 1 to 28 in 1995-02",
        "1995-04-31, day must be 1 to 30 in 1995-04",
        "1995-04-00, day must be 1 to 30 in 1995-04",
    })
    void refusesDaysThatDoNotExist(String text, String rule) {
        assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for date: \"" + text + "\" (" + rule + ")");
        assertThat(PartialDate.parse("1996-02-29").precision()).isEqualTo(Precision.DAY);
    }

    @Test
    void takesLocalDatesFromTheFirstToTheLastDayOfIsoYears() {
        assertThat(PartialDate.from(LocalDate.of(0, 1, 1))).hasToString("0000-01-01");
        assertThat(PartialDate.from(LocalDate.of(9999, 12, 31))).hasToString("9999-12-31");
        assertThatThrownBy(() -> PartialDate.from(LocalDate.of(-1, 12, 31))).isInstanceOf(PeacekeepingException.class);
        assertThat(PartialDate.of(0, 1, 1)).isEqualTo(PartialDate.from(LocalDate.of(0, 1, 1)));
        assertThat(PartialDate.of(9999)).hasToString("9999");
    }

    @Test
    void refusesPartsOutOfRange() {
        assertThatThrownBy(() -> PartialDate.of(10000)).hasMessage("Invalid value for year: 10000 (must be 0 to 9999, the four digits of ISO 8601)");
        assertThatThrownBy(() -> PartialDate.of(-1, 1)).hasMessage("Invalid value for year: -1 (must be 0 to 9999, the four digits of ISO 8601)");
        assertThatThrownBy(() -> PartialDate.of(1995, 13)).hasMessage("Invalid value for month: 13 (must be 1 to 12)");
        assertThatThrownBy(() -> PartialDate.of(1995, 2, 29)).hasMessage("Invalid value for day: 29 (must be 1 to 28 in 1995-02)");
        assertThatThrownBy(() -> PartialDate.of(1995, 2, 0)).hasMessage("Invalid value for day: 0 (must be 1 to 28 in 1995-02)");
        assertThatThrownBy(() -> PartialDate.from(LocalDate.of(10000, 1, 1)))
                .hasMessage("Invalid value for date: +10000-01-01 (year must be 0 to 9999, the four digits of ISO 8601)");
        assertThatThrownBy(() -> PartialDate.from(LocalDate.MIN)).isInstanceOf(PeacekeepingException.class);
    }

    @Test
    void nullIsAMissingValue() {
        assertThatThrownBy(() -> PartialDate.parse(null)).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for date (required)");
        assertThatThrownBy(() -> PartialDate.from(null)).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for date (required)");
    }
}
