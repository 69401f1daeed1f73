package io.github.peacekeeping.core;

import static io.github.peacekeeping.core.PersonnelCategory.EXPERTS_ON_MISSION;
import static io.github.peacekeeping.core.PersonnelCategory.STAFF_OFFICERS;
import static io.github.peacekeeping.core.PersonnelCategory.TROOPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Authorized strength by category: the values, the decision's checks, and the periods in force. */
class AuthorizationTest {

    private static final LocalDate JUNE_9_1995 = LocalDate.of(1995, 6, 9);

    /** S/RES/997 (1995), the decision of 9 June 1995 that cut UNAMIR's troops in two phases. */
    private static Mandate.Builder resolution997() {
        return Mandate.builder().from(Unamir.mandates().get(6)).ceilings(java.util.Optional.empty());
    }

    @Test
    void refusesWhatCannotBeAnAuthorization() {
        assertThatThrownBy(() -> Authorization.of(List.of(), 10))
                .hasMessage("Invalid value for categories: [] (must hold at least one value)");
        assertThatThrownBy(() -> Authorization.of(List.of(TROOPS, TROOPS), 10))
                .hasMessage("Invalid value for categories: [TROOPS, TROOPS] (must not repeat TROOPS)");
        assertThatThrownBy(() -> Authorization.of(Arrays.asList(TROOPS, null), 10))
                .isInstanceOf(MissingValueException.class)
                .hasMessage("Invalid value for categories: null element (elements must not be null)");
        assertThatThrownBy(() -> Authorization.of(null, 10)).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for categories (required)");
        assertThatThrownBy(() -> Authorization.of(List.of(TROOPS), -1))
                .hasMessage("Invalid value for maximum: -1 (must not be negative)");
        assertThatThrownBy(() -> Authorization.of(List.of(TROOPS), 1, null)).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for from (required)");
    }

    @Test
    void keepsTheCategoriesAsGivenAndNamesThem() {
        Authorization mixed = Authorization.of(List.of(EXPERTS_ON_MISSION, PersonnelCategory.POLICE), 400);
        assertThat(mixed.categories()).containsExactly(EXPERTS_ON_MISSION, PersonnelCategory.POLICE);
        assertThat(mixed.names(PersonnelCategory.POLICE)).isTrue();
        assertThat(mixed.names(TROOPS)).isFalse();
        assertThat(mixed.from()).isEmpty();
        assertThat(mixed.maximum()).isEqualTo(400);
    }

    @Test
    void aPhaseCannotTakeEffectBeforeItsDecision() {
        assertThatThrownBy(() -> resolution997()
                .addAuthorizedStrength(Authorization.of(List.of(TROOPS, STAFF_OFFICERS), 2330, JUNE_9_1995.minusDays(1)))
                .build())
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for from: 1995-06-08 (must not be before effective 1995-06-09)");
    }

    @Test
    void oneDecisionStatesOneMaximumPerCategoriesAndDay() {
        assertThatThrownBy(() -> resolution997()
                .addAuthorizedStrength(Authorization.of(List.of(TROOPS, STAFF_OFFICERS), 2330))
                .addAuthorizedStrength(Authorization.of(List.of(STAFF_OFFICERS, TROOPS), 1800))
                .build())
                .hasMessage("Invalid value for authorizedStrength: STAFF_OFFICERS+TROOPS up to 1800 (the decision "
                        + "already authorizes TROOPS+STAFF_OFFICERS up to 2330 for the same categories and day)");
        // The v1 ceiling is the authorization for every military category.
        assertThatThrownBy(() -> resolution997().ceilings(Ceilings.builder().military(2000).build())
                .addAuthorizedStrength(Authorization.of(List.of(TROOPS, STAFF_OFFICERS, EXPERTS_ON_MISSION), 2000))
                .build())
                .hasMessage("Invalid value for authorizedStrength: TROOPS+STAFF_OFFICERS+EXPERTS_ON_MISSION up to 2000 "
                        + "(the decision already authorizes TROOPS+STAFF_OFFICERS+EXPERTS_ON_MISSION up to 2000 for the "
                        + "same categories and day)");
        // Overlapping categories are different sums, the same day or not: the same size, or one inside the other.
        Mandate overlapping = resolution997()
                .addAuthorizedStrength(Authorization.of(List.of(TROOPS, STAFF_OFFICERS), 2330))
                .addAuthorizedStrength(Authorization.of(List.of(TROOPS, EXPERTS_ON_MISSION), 2400))
                .addAuthorizedStrength(Authorization.of(List.of(TROOPS), 2000))
                .build();
        assertThat(overlapping.authorizations()).hasSize(3);
        // The same categories on two days are two phases.
        Mandate phased = resolution997()
                .addAuthorizedStrength(Authorization.of(List.of(TROOPS, STAFF_OFFICERS), 2330, LocalDate.of(1995, 9, 9)))
                .addAuthorizedStrength(Authorization.of(List.of(TROOPS, STAFF_OFFICERS), 1800, LocalDate.of(1995, 10, 9)))
                .build();
        assertThat(phased.authorizations()).hasSize(2);
        assertThat(phased.effectiveOf(phased.authorizations().get(1))).isEqualTo(LocalDate.of(1995, 10, 9));
    }

    @Test
    void v1CeilingsAreAuthorizationsForWholeComponents() {
        Mandate establish = Unamir.mandates().get(0); // 872: 2,548 military, 60 police
        assertThat(establish.authorizedStrength()).isEmpty();
        assertThat(establish.authorizations()).extracting(Authorization::toString).containsExactly(
                "TROOPS+STAFF_OFFICERS+EXPERTS_ON_MISSION up to 2548",
                "INDIVIDUAL_POLICE+FORMED_POLICE_UNITS+POLICE up to 60");
        Mandate civilianOnly = Mandate.builder().from(establish).ceilings(Ceilings.builder().civilian(10).build()).build();
        assertThat(civilianOnly.authorizations()).isEmpty();
    }

    @Test
    void aPeriodBelongsToItsDecisionAndStartsWithItsAuthorization() {
        Mandate establish = Unamir.mandates().get(0);
        Authorization military = establish.authorizations().get(0);
        DateRange life = DateRange.of(Unamir.ESTABLISHED, Unamir.CLOSED.latest());
        assertThat(AuthorizationPeriod.of(establish, military, life).period()).isEqualTo(life);
        assertThatThrownBy(() -> AuthorizationPeriod.of(establish, Authorization.of(List.of(TROOPS), 1), life))
                .hasMessage("Invalid value for authorizedStrength: TROOPS up to 1 (not an authorization of S/RES/872 (1993))");
        assertThatThrownBy(() -> AuthorizationPeriod.of(establish, military, DateRange.of(Unamir.OPERATIONS_ENDED, Unamir.OPERATIONS_ENDED)))
                .hasMessage("Invalid value for period: 1996-03-08/1996-03-08 (must start on 1993-10-05, when the "
                        + "authorization takes effect)");
        assertThatThrownBy(() -> AuthorizationPeriod.of(establish, null, life)).isInstanceOf(MissingValueException.class);
    }

    @Test
    void anAuthorizationReplacedOnItsFirstDayIsNeverInForce() {
        // Two decisions on one day: the later one's authorization for troops ends the earlier one's at once.
        Mandate first = Mandate.builder().from(Unamir.mandates().get(3)).ceilings(java.util.Optional.empty())
                .addAuthorizedStrength(Authorization.of(List.of(TROOPS), 5000)).build();
        Mandate second = Mandate.builder().from(Unamir.mandates().get(3)).ceilings(java.util.Optional.empty())
                .resolution(Resolution.builder().from(first.resolution()).number(9180).build())
                .addAuthorizedStrength(Authorization.of(List.of(TROOPS), 4000)).build();
        Mission mission = Unamir.builder().mandates(List.of(Unamir.mandates().get(0), first, second)).build();
        assertThat(mission.authorizationHistory()).extracting(p -> p.authorization().maximum())
                .containsExactly(2548, 60, 4000);
        // An authorization taking effect after the mission closed is never in force either.
        Mandate late = Mandate.builder().from(Unamir.mandates().get(8))
                .addAuthorizedStrength(Authorization.of(List.of(TROOPS), 10, Unamir.CLOSED.latest().plusDays(1))).build();
        Mission closing = Unamir.builder().mandates(List.of(Unamir.mandates().get(0), late)).build();
        assertThat(closing.authorizationHistory()).extracting(p -> p.authorization().maximum())
                .containsExactly(2548, 60, 1200, 0);
    }

    @Test
    void theTightestCoverOfTheCategoriesIsTheirMaximum() {
        // A decision stating both "up to 1,500 military personnel" and "1,200 troops and staff officers" and
        // "400 observers": for all military categories 1,500 is the tighter cap, for troops and staff 1,200.
        Mandate both = Mandate.builder().from(Unamir.mandates().get(0)).ceilings(Ceilings.builder().military(1500).build())
                .addAuthorizedStrength(Authorization.of(List.of(TROOPS, STAFF_OFFICERS), 1200))
                .addAuthorizedStrength(Authorization.of(List.of(EXPERTS_ON_MISSION), 400)).build();
        Mission mission = Unamir.builder().mandates(List.of(both)).build();
        LocalDate day = LocalDate.of(1994, 1, 1);
        assertThat(mission.authorizedOn(day, ComponentType.MILITARY.categories())).hasValue(1500);
        assertThat(mission.authorizedOn(day, List.of(STAFF_OFFICERS, TROOPS, TROOPS))).hasValue(1200);
        assertThat(mission.authorizedOn(day, List.of(EXPERTS_ON_MISSION))).hasValue(400);
        assertThat(mission.authorizedOn(day, List.of(TROOPS, STAFF_OFFICERS, EXPERTS_ON_MISSION, PersonnelCategory.POLICE)))
                .isEmpty();
        assertThat(mission.authorizedOn(day, List.of())).isEmpty();
        assertThatThrownBy(() -> mission.authorizedOn(day, Arrays.asList(TROOPS, null)))
                .isInstanceOf(MissingValueException.class);
    }
}
