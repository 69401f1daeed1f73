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
        assertThat(namibia.existence()).isEmpty();
        assertThat(namibia.existedOn(LocalDate.of(1900, 1, 1))).isTrue();
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
        "YUG, Yugoslavia, 1929-10-03/2003-02-04",
        "CSK, Czechoslovakia, 1918-10-28/1992-12-31",
        "DDR, German Democratic Republic, 1949-10-07/1990-10-03",
        "YMD, 'Yemen, Democratic', 1967-11-30/1990-05-22",
        "ZAR, Zaire, 1971-10-27/1997-05-17",
        "BUR, Burma, 1948-01-04/1989-06-18",
    })
    void formerStatesOfTheHistoricalRecord(String code, String name, String existence) {
        CountryCode former = CountryCode.of(code);
        assertThat(former.name()).isEqualTo(name);
        assertThat(former.isFormer()).isTrue();
        assertThat(former.existence()).contains(DateRange.parse(existence));
        DateRange range = DateRange.parse(existence);
        assertThat(former.existedOn(range.start())).isTrue();
        assertThat(former.existedOn(range.end().orElseThrow())).isTrue();
        assertThat(former.existedOn(range.end().orElseThrow().plusDays(1))).isFalse();
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
