package io.github.peacekeeping.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Symbols read as java.time reads text: {@code parse} returns the value, and reads back what {@code toString} writes. */
class ResolutionSymbolTest {

    @ParameterizedTest
    @CsvSource({
        "S/RES/872 (1993), S/RES/872 (1993)",
        "S/RES/872(1993), S/RES/872 (1993)",
        "A/RES/1000 (ES-I), A/RES/1000 (ES-I)",
        "A/RES/1752 (XVII), A/RES/1752 (XVII)",
        "A/RES/78/123, A/RES/78/123",
        "A/RES/ES-10/1, A/RES/ES-10/1",
    })
    void parseReadsEveryFormAndToStringWritesTheUnsForm(String text, String symbol) {
        ResolutionSymbol parsed = ResolutionSymbol.parse(text);
        assertThat(parsed).hasToString(symbol);
        assertThat(ResolutionSymbol.parse(parsed.toString())).isEqualTo(parsed).hasSameHashCodeAs(parsed);
    }

    @Test
    void councilAndAssemblySymbolsKnowTheirParts() {
        ResolutionSymbol council = ResolutionSymbol.parse("S/RES/872 (1993)");
        assertThat(council.body()).isEqualTo(AuthorizingBody.SECURITY_COUNCIL);
        assertThat(council.number()).isEqualTo(872);
        assertThat(council.year()).isEqualTo(OptionalInt.of(1993));
        assertThat(council.session()).isEmpty();
        assertThat(council).isEqualTo(council).isEqualTo(ResolutionSymbol.ofCouncil(872, 1993))
                .isNotEqualTo(ResolutionSymbol.ofCouncil(872, 1994)).isNotEqualTo("S/RES/872 (1993)");
        assertThat(council.hashCode()).isNotEqualTo(ResolutionSymbol.ofCouncil(872, 1994).hashCode());

        // A/RES/1000 (ES-I), 5 November 1956: the General Assembly establishes UNEF I.
        ResolutionSymbol assembly = ResolutionSymbol.parse("A/RES/1000 (ES-I)");
        assertThat(assembly.body()).isEqualTo(AuthorizingBody.GENERAL_ASSEMBLY);
        assertThat(assembly.number()).isEqualTo(1000);
        assertThat(assembly.year()).isEmpty();
        assertThat(assembly.session()).contains("ES-I");
        assertThat(assembly).isEqualTo(ResolutionSymbol.ofAssembly(1000, "ES-I")).isNotEqualTo(council);
    }

    @ParameterizedTest
    @ValueSource(strings = {"872", "S/RES/872", "S/RES/0 (1993)", "S/RES/872 (93)", "A/RES/1000", "S/2000/1171", "",
        "S/RES/872 (1993) ", "s/res/872 (1993)"})
    void parseRefusesOtherText(String text) {
        assertThatThrownBy(() -> ResolutionSymbol.parse(text))
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for resolution: \"" + text + "\" (not a resolution symbol: expected "
                        + "S/RES/872 (1993), A/RES/1000 (ES-I) or A/RES/78/123)");
    }

    @Test
    void aNumberTooLargeForAnIntIsRefusedWithTheModelsException() {
        // Found by an independent test harness: this threw NumberFormatException.
        assertThatThrownBy(() -> ResolutionSymbol.parse("S/RES/99999999999 (1993)"))
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for resolution: \"S/RES/99999999999 (1993)\" (the number is above 2147483647)");
        assertThatThrownBy(() -> ResolutionSymbol.parse("A/RES/78/99999999999"))
                .hasMessage("Invalid value for resolution: \"A/RES/78/99999999999\" (the number is above 2147483647)");
        assertThat(ResolutionSymbol.parse("S/RES/2147483647 (1993)").number()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void theCouncilsYearsRunFrom1946() {
        // S/RES/1 (1946) of 25 January 1946 is the Council's first resolution.
        assertThat(ResolutionSymbol.parse("S/RES/1 (1946)").year()).isEqualTo(OptionalInt.of(1946));
        assertThatThrownBy(() -> ResolutionSymbol.parse("S/RES/1 (1945)"))
                .hasMessage("Invalid value for resolution: \"S/RES/1 (1945)\" (a Security Council resolution is of a "
                        + "year from 1946 to 9999)");
        assertThatThrownBy(() -> ResolutionSymbol.ofCouncil(1, 10000))
                .hasMessage("Invalid value for adopted: 10000 (a Security Council resolution is of a year from 1946 to 9999)");
        assertThatThrownBy(() -> ResolutionSymbol.ofCouncil(0, 1993)).hasMessage("Invalid value for number: 0 (must be positive)");
        assertThatThrownBy(() -> ResolutionSymbol.ofAssembly(-1, "ES-I")).hasMessage("Invalid value for number: -1 (must be positive)");
        assertThatThrownBy(() -> ResolutionSymbol.ofAssembly(1000, "ES 1"))
                .hasMessage("Invalid value for session: \"ES 1\" (expected a General Assembly session such as XVII, ES-I, 78 or ES-10)");
        assertThatThrownBy(() -> ResolutionSymbol.ofAssembly(1000, null)).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for session (required)");
        assertThatThrownBy(() -> ResolutionSymbol.parse(null)).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for resolution (required)");
    }

    @Test
    void everySymbolReadsBackWhatItWrites() {
        // 10,000 symbols from a fixed seed, over both bodies, every kind of session and the whole range of numbers.
        String[] sessions = {"I", "XVII", "XXX", "ES-I", "ES-IV", "S-I", "31", "78", "ES-10", "S-26"};
        Random random = new Random(20261130L);
        for (int i = 0; i < 10_000; i++) {
            int number = 1 + random.nextInt(Integer.MAX_VALUE);
            ResolutionSymbol symbol = random.nextBoolean()
                    ? ResolutionSymbol.ofCouncil(number, 1946 + random.nextInt(9999 - 1946 + 1))
                    : ResolutionSymbol.ofAssembly(number, sessions[random.nextInt(sessions.length)]);
            assertThat(ResolutionSymbol.parse(symbol.toString())).as(symbol.toString()).isEqualTo(symbol);
        }
    }
}
