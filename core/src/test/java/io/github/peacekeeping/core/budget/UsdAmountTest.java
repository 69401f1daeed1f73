package io.github.peacekeeping.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.MissingValueException;
import io.github.peacekeeping.core.PeacekeepingException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dollar amounts held exactly: factories, text form, sums and limits. */
class UsdAmountTest {

    @Test
    void unifil2024() {
        // USD 582.63 million for UNIFIL, 1 July 2024 to 30 June 2025 (press release GA/12611).
        UsdAmount amount = UsdAmount.parse("582630000");
        assertThat(amount).hasToString("582630000").isEqualTo(UsdAmount.ofDollars(582_630_000L));
        assertThat(amount.dollars()).isEqualByComparingTo("582630000.00");
        assertThat(amount.cents()).isEqualTo(58_263_000_000L);
    }

    @Test
    void centsAreKeptAndScaleDoesNotMatter() {
        assertThat(UsdAmount.parse("1234.50")).hasToString("1234.50").isEqualTo(UsdAmount.parse("1234.5"))
                .isEqualTo(UsdAmount.of(new BigDecimal("1234.500"))).hasSameHashCodeAs(UsdAmount.parse("1234.5"));
        assertThat(UsdAmount.parse("0.01")).hasToString("0.01");
        assertThat(UsdAmount.parse("0")).hasToString("0");
        assertThat(UsdAmount.of(new BigDecimal("5.8263E+8"))).isEqualTo(UsdAmount.ofDollars(582_630_000L));
        assertThat(UsdAmount.parse("10").compareTo(UsdAmount.parse("9.99"))).isPositive();
        assertThat(UsdAmount.parse("10")).isNotEqualTo(UsdAmount.parse("10.01")).isNotEqualTo("10");
    }

    @Test
    void sums() {
        assertThat(UsdAmount.parse("0.10").plus(UsdAmount.parse("0.20"))).isEqualTo(UsdAmount.parse("0.3"));
        UsdAmount largest = UsdAmount.parse("92233720368547758.07");
        assertThat(largest.cents()).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> largest.plus(UsdAmount.parse("0.01"))).isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for amount: \"92233720368547758.08\" (is too large)");
    }

    @Test
    void refused() {
        assertThatThrownBy(() -> UsdAmount.of(new BigDecimal("-1"))).hasMessage("Invalid value for amount: \"-1\" (must not be negative)");
        assertThatThrownBy(() -> UsdAmount.of(new BigDecimal("0.001"))).hasMessage("Invalid value for amount: \"0.001\" (must be whole cents)");
        assertThatThrownBy(() -> UsdAmount.ofDollars(-5)).hasMessage("Invalid value for amount: \"-5\" (must not be negative)");
        assertThatThrownBy(() -> UsdAmount.parse("92233720368547758.08")).hasMessage("Invalid value for amount: \"92233720368547758.08\" (is too large)");
        assertThatThrownBy(() -> UsdAmount.of(null)).isInstanceOf(MissingValueException.class).hasMessage("Missing value for amount (required)");
        assertThatThrownBy(() -> UsdAmount.parse(null)).isInstanceOf(MissingValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1,000", "-1", "+1", "1.234", "1e6", "USD 5", "1.", ".5", " 1"})
    void malformedText(String text) {
        assertThatThrownBy(() -> UsdAmount.parse(text)).isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for amount: \"" + text
                        + "\" (expected dollars as a plain number with at most two decimals, as in 582630000 or 1234.50)");
    }
}
