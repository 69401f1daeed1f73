package io.github.peacekeeping.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

    @Test
    void assignedCode() {
        CountryCode namibia = CountryCode.of("NAM");
        assertThat(namibia.code()).isEqualTo("NAM");
        assertThat(namibia.name()).isEqualTo("Namibia");
        assertThat(namibia.kind()).isEqualTo(CountryCode.Kind.ASSIGNED);
        assertThat(namibia.isFormer()).isFalse();
        assertThat(namibia.periods()).containsExactly(DateRange.startingOn(LocalDate.of(1968, 6, 12)));
        CountryCode rwanda = CountryCode.of("RWA");
        assertThat(rwanda.periods()).isEmpty();
        assertThat(rwanda.existedOn(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(namibia).hasToString("NAM").isSameAs(CountryCode.of("NAM"));
    }

    @Test
    void kosovoHasTheUserAssignedCode() {
        CountryCode kosovo = CountryCode.of("XKX");
        assertThat(kosovo.name()).isEqualTo("Kosovo");
        assertThat(kosovo.kind()).isEqualTo(CountryCode.Kind.USER_ASSIGNED);
    }

    @ParameterizedTest
    @CsvSource({
        "SUN, USSR, 1922-12-30/1991-12-26",
        "YUG, Yugoslavia, 1929-10-03/2003-02-03",
        "CSK, Czechoslovakia, 1918-10-28/1992-12-31",
        "DDR, German Democratic Republic, 1949-10-07/1990-10-02",
        "YMD, 'Yemen, Democratic', 1967-11-30/1990-05-22",
        "ZAR, Zaire, 1971-10-27/1997-05-16",
        "BUR, Burma, 1948-01-04/1989-06-18",
        "RHO, Southern Rhodesia, 1923-10-01/1980-04-17",
        "TMP, East Timor, 1975-11-28/2002-05-19",
        "SCG, Serbia and Montenegro, 2003-02-04/2006-06-04",
    })
    void formerStatesOfTheHistoricalRecord(String code, String name, String existence) {
        CountryCode former = CountryCode.of(code);
        assertThat(former.name()).isEqualTo(name);
        assertThat(former.isFormer()).isTrue();
        DateRange range = DateRange.parse(existence);
        assertThat(former.periods()).containsExactly(range);
        assertThat(former.existedOn(range.start())).isTrue();
        assertThat(former.existedOn(range.end().orElseThrow())).isTrue();
        assertThat(former.existedOn(range.start().minusDays(1))).isFalse();
        assertThat(former.existedOn(range.end().orElseThrow().plusDays(1))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "RUS, 1991-12-25",
        "SSD, 2011-07-09",
        "SRB, 2006-06-05",
        "MNE, 2006-06-03",
        "CZE, 1993-01-01",
        "SVK, 1993-01-01",
        "ERI, 1993-05-24",
        "TLS, 2002-05-20",
        "NAM, 1968-06-12",
        "ZWE, 1980-04-18",
    })
    void presentCodesNameTheirStateFromTheDayItBegan(String code, LocalDate first) {
        CountryCode country = CountryCode.of(code);
        assertThat(country.isFormer()).isFalse();
        assertThat(country.periods()).containsExactly(DateRange.startingOn(first));
        assertThat(country.existedOn(first)).isTrue();
        assertThat(country.existedOn(first.minusDays(1))).isFalse();
        assertThat(country.existedOn(LocalDate.of(2026, 11, 28))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "DDR, DEU, 1990-10-02",
        "YUG, SCG, 2003-02-03",
        "SCG, SRB, 2006-06-04",
        "RHO, ZWE, 1980-04-17",
        "TMP, TLS, 2002-05-19",
        "ZAR, COD, 1997-05-16",
        "CSK, CZE, 1992-12-31",
        "CSK, SVK, 1992-12-31",
    })
    void aFormerCodeEndsTheDayBeforeItsSuccessorBegins(String former, String successor, LocalDate lastDay) {
        assertThat(CountryCode.of(former).existedOn(lastDay)).isTrue();
        assertThat(CountryCode.of(former).existedOn(lastDay.plusDays(1))).isFalse();
        assertThat(CountryCode.of(successor).existedOn(lastDay.plusDays(1))).isTrue();
    }

    @Test
    void theDemocraticRepublicOfTheCongoWasZaireBetweenItsTwoPeriods() {
        CountryCode congo = CountryCode.of("COD");
        assertThat(congo.periods()).containsExactly(DateRange.parse("1960-06-30/1971-10-26"),
                DateRange.startingOn(LocalDate.of(1997, 5, 17)));
        assertThat(congo.existedOn(LocalDate.of(1960, 7, 14))).as("ONUC's host, rightly").isTrue();
        assertThat(congo.existedOn(LocalDate.of(1980, 1, 31))).isFalse();
        assertThat(CountryCode.of("ZAR").existedOn(LocalDate.of(1980, 1, 31))).isTrue();
        assertThat(congo.existedDuring(DateRange.parse("1971-10-27/1997-05-16"))).isFalse();
        assertThat(congo.existedDuring(DateRange.parse("1971-10-27/1997-05-17"))).isTrue();
    }

    @Test
    void theUssrAndTheRussianFederationOverlapOnTheirTwoDaysOfTransition() {
        // The RSFSR took the name Russian Federation on 25 December 1991; the USSR was dissolved on the 26th.
        assertThat(CountryCode.of("RUS").existedDuring(CountryCode.of("SUN").periods().get(0))).isTrue();
        assertThat(CountryCode.of("SUN").existedOn(LocalDate.of(1991, 12, 25))).isTrue();
        assertThat(CountryCode.of("RUS").existedOn(LocalDate.of(1991, 12, 24))).isFalse();
    }

    @Test
    void aCodeWithoutAKnownFirstDayStartsOnLocalDateMin() {
        assertThat(CountryCode.of("FXX").periods()).containsExactly(DateRange.of(LocalDate.MIN, LocalDate.of(1997, 7, 14)));
    }

    @Test
    void tableHoldsEveryAssignedCodeAndTheFormerOnes() {
        assertThat(CountryCode.values()).hasSize(280);
        assertThat(CountryCode.values().stream().filter(c -> c.kind() == CountryCode.Kind.ASSIGNED)).hasSize(249);
        assertThat(CountryCode.values().stream().filter(CountryCode::isFormer)).hasSize(30);
        assertThat(CountryCode.values()).isSorted();
    }

    @Test
    void unknownCodeIsNamed() {
        assertThatThrownBy(() -> CountryCode.of("XYZ"))
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for countryCode: \"XYZ\" (not an ISO 3166-1 alpha-3 code, XKX or a former ISO 3166-3 code)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nam", "NA", "NAMI", ""})
    void malformedCodeIsRefused(String code) {
        assertThatThrownBy(() -> CountryCode.of(code)).isInstanceOf(PeacekeepingException.class)
                .hasMessageContaining("\"" + code + "\"");
        assertThat(CountryCode.isKnown(code)).isFalse();
    }

    @Test
    void nullCodeIsAMissingValue() {
        assertThatThrownBy(() -> CountryCode.of(null)).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for countryCode (required)");
        assertThat(CountryCode.isKnown(null)).isFalse();
    }

    @Test
    void valuesCannotBeChanged() {
        assertThatThrownBy(() -> CountryCode.values().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
