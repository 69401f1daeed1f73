package io.github.peacekeeping.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.AuthorizingBody;
import io.github.peacekeeping.core.DateRange;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.Resolution;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Appropriations: the UNIFIL figure of 2024/25, the fiscal year of a period, and the checks. */
class AppropriationTest {

    /** USD 582.63 million for UNIFIL, 1 July 2024 to 30 June 2025 (GA/12611, 28 June 2024). */
    static Appropriation unifil2024() {
        return Appropriation.builder().period(FiscalYear.of(2024).period()).amount(UsdAmount.parse("582630000"))
                .funding(Funding.SPECIAL_ACCOUNT).build();
    }

    @Test
    void unifil() {
        Appropriation unifil = unifil2024();
        assertThat(unifil).hasToString("USD 582630000 for 2024-07-01/2025-06-30 (SPECIAL_ACCOUNT)");
        assertThat(unifil.fiscalYear()).hasValue(FiscalYear.of(2024));
        assertThat(unifil.resolution()).isEmpty();
        assertThat(Appropriation.builder().from(unifil).build()).isEqualTo(unifil);
    }

    @Test
    void fiscalYearOfAPeriod() {
        Appropriation.Builder builder = Appropriation.builder().amount(UsdAmount.ofDollars(1)).funding(Funding.SPECIAL_ACCOUNT);
        assertThat(builder.period(DateRange.of(LocalDate.of(2011, 7, 8), LocalDate.of(2012, 6, 30))).build().fiscalYear())
                .hasValue(FiscalYear.of(2011));
        // A mandate period of before the 1 July-30 June cycle may span two fiscal years.
        assertThat(builder.period(DateRange.of(LocalDate.of(1993, 10, 5), LocalDate.of(1994, 7, 29))).build().fiscalYear())
                .isEmpty();
    }

    @Test
    void aResolutionOfTheAssembly() {
        // An invented resolution number: the check is about the body that made the appropriation.
        Resolution assembly = Resolution.builder().body(AuthorizingBody.GENERAL_ASSEMBLY).session("78").number(9999)
                .adopted(LocalDate.of(2024, 6, 28)).build();
        Appropriation appropriation = Appropriation.builder().from(unifil2024()).resolution(assembly).build();
        assertThat(appropriation).hasToString("USD 582630000 for 2024-07-01/2025-06-30 (SPECIAL_ACCOUNT) by A/RES/78/9999");
        Resolution council = Resolution.builder().body(AuthorizingBody.SECURITY_COUNCIL).number(1773)
                .adopted(LocalDate.of(2007, 8, 24)).build();
        assertThatThrownBy(() -> Appropriation.builder().from(unifil2024()).resolution(council).build())
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for resolution: \"S/RES/1773 (2007)\" (appropriations are made by the General Assembly)");
    }

    @Test
    void aPeriodHasALastDay() {
        assertThatThrownBy(() -> Appropriation.builder().period(DateRange.startingOn(LocalDate.of(2024, 7, 1)))
                .amount(UsdAmount.ofDollars(1)).funding(Funding.REGULAR_BUDGET).build())
                .hasMessage("Invalid value for period: 2024-07-01/.. (must have a last day)");
    }
}
