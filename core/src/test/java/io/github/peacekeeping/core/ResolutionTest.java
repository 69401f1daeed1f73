package io.github.peacekeeping.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResolutionTest {

    @Test
    void councilSymbol() {
        Resolution resolution = Resolution.parse("S/RES/872 (1993)").adopted(LocalDate.of(1993, 10, 5)).build();
        assertThat(resolution.body()).isEqualTo(AuthorizingBody.SECURITY_COUNCIL);
        assertThat(resolution.number()).isEqualTo(872);
        assertThat(resolution.session()).isEmpty();
        assertThat(resolution.symbol()).isEqualTo("S/RES/872 (1993)");
        assertThat(resolution).hasToString("S/RES/872 (1993) of 1993-10-05");
    }

    @Test
    void generalAssemblySymbolOfTheFirstEmergencySpecialSession() {
        // A/RES/1000 (ES-I), 5 November 1956: the General Assembly establishes UNEF I, 57-0-19.
        Resolution resolution = Resolution.parse("A/RES/1000 (ES-I)").adopted(LocalDate.of(1956, 11, 5))
                .vote(Vote.of(57, 0, 19)).build();
        assertThat(resolution.body()).isEqualTo(AuthorizingBody.GENERAL_ASSEMBLY);
        assertThat(resolution.number()).isEqualTo(1000);
        assertThat(resolution.session()).contains("ES-I");
        assertThat(resolution.symbol()).isEqualTo("A/RES/1000 (ES-I)");
        assertThat(resolution).hasToString("A/RES/1000 (ES-I) of 1956-11-05, 57-0-19");
    }

    @ParameterizedTest
    @CsvSource({
        "S/RES/872 (1993), 1993-10-05, S/RES/872 (1993)",
        "S/RES/872(1993), 1993-10-05, S/RES/872 (1993)",
        "A/RES/1752 (XVII), 1962-09-21, A/RES/1752 (XVII)",
        "A/RES/78/123, 2023-12-18, A/RES/78/123",
        "A/RES/ES-10/1, 1997-04-25, A/RES/ES-10/1",
    })
    void parseReadsEveryForm(String text, LocalDate adopted, String symbol) {
        Resolution resolution = Resolution.parse(text).adopted(adopted).build();
        assertThat(resolution.symbol()).isEqualTo(symbol);
        assertThat(Resolution.parse(resolution.symbol()).adopted(adopted).build()).isEqualTo(resolution);
    }

    @ParameterizedTest
    @ValueSource(strings = {"872", "S/RES/872", "S/RES/0 (1993)", "S/RES/872 (93)", "A/RES/1000", "S/2000/1171", ""})
    void parseRefusesOtherText(String text) {
        assertThatThrownBy(() -> Resolution.parse(text))
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for resolution: \"" + text + "\" (not a resolution symbol: expected "
                        + "S/RES/872 (1993), A/RES/1000 (ES-I) or A/RES/78/123)");
    }

    @Test
    void adoptionMustFallInTheYearOfTheSymbol() {
        assertThatThrownBy(() -> Resolution.parse("S/RES/872 (1993)").adopted(LocalDate.of(1994, 1, 1)).build())
                .hasMessage("Invalid value for adopted: 1994-01-01 (must fall in the year of S/RES/872 (1993))");
    }

    @Test
    void parseOfNull() {
        assertThatThrownBy(() -> Resolution.parse(null)).isInstanceOf(MissingValueException.class);
    }
}
