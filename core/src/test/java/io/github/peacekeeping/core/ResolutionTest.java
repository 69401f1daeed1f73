package io.github.peacekeeping.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Resolutions built from a symbol and a day. */
class ResolutionTest {

    private static final LocalDate OCTOBER_5_1993 = LocalDate.of(1993, 10, 5);

    private static Resolution.Builder s872() {
        return Resolution.builder(ResolutionSymbol.parse("S/RES/872 (1993)"), OCTOBER_5_1993);
    }

    @Test
    void councilResolution() {
        Resolution resolution = s872().vote(Vote.of(15, 0, 0)).build();
        assertThat(resolution.body()).isEqualTo(AuthorizingBody.SECURITY_COUNCIL);
        assertThat(resolution.number()).isEqualTo(872);
        assertThat(resolution.session()).isEmpty();
        assertThat(resolution.symbol()).isEqualTo(ResolutionSymbol.ofCouncil(872, 1993)).hasToString("S/RES/872 (1993)");
        assertThat(resolution).hasToString("S/RES/872 (1993) of 1993-10-05, 15-0-0");
    }

    @Test
    void generalAssemblyResolutionOfTheFirstEmergencySpecialSession() {
        // A/RES/1000 (ES-I), 5 November 1956: the General Assembly establishes UNEF I, 57-0-19 (UN, "First
        // emergency special session of the General Assembly", and A/RES/1001 (ES-I), which recalls it).
        Resolution resolution = Resolution.builder(ResolutionSymbol.parse("A/RES/1000 (ES-I)"), LocalDate.of(1956, 11, 5))
                .vote(Vote.of(57, 0, 19)).build();
        assertThat(resolution.body()).isEqualTo(AuthorizingBody.GENERAL_ASSEMBLY);
        assertThat(resolution.session()).contains("ES-I");
        assertThat(resolution.symbol()).hasToString("A/RES/1000 (ES-I)");
        assertThat(resolution).hasToString("A/RES/1000 (ES-I) of 1956-11-05, 57-0-19");
    }

    @Test
    void adoptionMustFallInTheYearOfTheSymbol() {
        assertThatThrownBy(() -> Resolution.builder(ResolutionSymbol.parse("S/RES/872 (1993)"), LocalDate.of(1994, 1, 1)))
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for adopted: 1994-01-01 (must fall in the year of S/RES/872 (1993))");
        assertThatThrownBy(() -> Resolution.builder(null, OCTOBER_5_1993)).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for resolution (required)");
        assertThatThrownBy(() -> Resolution.builder(ResolutionSymbol.ofCouncil(872, 1993), null))
                .isInstanceOf(MissingValueException.class).hasMessage("Missing value for adopted (required)");
    }

    @Test
    void aBuilderStartedFromASymbolDoesNotRememberItsYear() {
        // Found by an independent test harness: the builder that parse returned kept the symbol's year through
        // from() and reuse, and then refused valid resolutions.
        Resolution.Builder builder = s872();
        Resolution of1993 = builder.build();
        Resolution of1994 = builder.adopted(LocalDate.of(1994, 1, 6)).build();
        assertThat(of1994.symbol()).hasToString("S/RES/872 (1994)");
        Resolution copied = s872().from(Resolution.builder(ResolutionSymbol.ofCouncil(893, 1994), LocalDate.of(1994, 1, 6))
                .build()).build();
        assertThat(copied.symbol()).hasToString("S/RES/893 (1994)");
        assertThat(of1993.symbol()).hasToString("S/RES/872 (1993)");
    }

    @Test
    void theCouncilAdoptsFrom1946InFourDigitYears() {
        assertThatThrownBy(() -> Resolution.builder().body(AuthorizingBody.SECURITY_COUNCIL).number(1)
                .adopted(LocalDate.of(1945, 12, 31)).build())
                .hasMessage("Invalid value for adopted: 1945-12-31 (a Security Council resolution is of a year from 1946 to 9999)");
        assertThatThrownBy(() -> Resolution.builder().body(AuthorizingBody.SECURITY_COUNCIL).number(1)
                .adopted(LocalDate.MAX).build())
                .hasMessage("Invalid value for adopted: +999999999-12-31 (a Security Council resolution is of a year "
                        + "from 1946 to 9999)");
    }

    @Test
    void otherConstructionChecks() {
        assertThatThrownBy(() -> Resolution.builder().body(AuthorizingBody.SECURITY_COUNCIL).number(0).adopted(OCTOBER_5_1993).build())
                .hasMessage("Invalid value for number: 0 (must be positive)");
        assertThatThrownBy(() -> s872().session("XLVIII").build())
                .hasMessage("Invalid value for session: \"XLVIII\" (must be absent for a Security Council resolution)");
        assertThatThrownBy(() -> Resolution.builder().body(AuthorizingBody.GENERAL_ASSEMBLY).number(1000)
                .adopted(LocalDate.of(1956, 11, 5)).build())
                .isInstanceOf(MissingValueException.class).hasMessage("Missing value for session (required)");
    }
}
