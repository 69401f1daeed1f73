package io.github.peacekeeping.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every construction check refuses with one exception type and an exact message naming field and value. */
class ConstructionChecksTest {

    private static final LocalDate DAY = LocalDate.of(1993, 10, 5);

    @Test
    void blankAcronym() {
        assertThatThrownBy(() -> Unamir.builder().acronym("  ").build())
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for acronym: \"  \" (must not be blank)")
                .extracting(e -> ((PeacekeepingException) e).field()).isEqualTo("acronym");
    }

    @Test
    void paddedAcronym() {
        assertThatThrownBy(() -> Unamir.builder().acronym(" UNAMIR").build())
                .hasMessage("Invalid value for acronym: \" UNAMIR\" (must not start or end with blanks)");
    }

    @Test
    void emptyName() {
        assertThatThrownBy(() -> Unamir.builder().name("").build())
                .hasMessage("Invalid value for name: \"\" (must not be blank)");
    }

    @Test
    void controlCharactersAreEscapedInMessages() {
        assertThatThrownBy(() -> Unamir.builder().name("\t\n").build())
                .hasMessage("Invalid value for name: \"\\t\\n\" (must not be blank)");
    }

    @Test
    void noHosts() {
        assertThatThrownBy(() -> Mission.builder().acronym("X").name("X").region(Region.AFRICA)
                .established(DAY).addAllMandates(Unamir.mandates()).build())
                .hasMessage("Invalid value for hosts: [] (must hold at least one value)");
    }

    @Test
    void repeatedHost() {
        assertThatThrownBy(() -> Unamir.builder().addHost(Unamir.RWANDA).build())
                .hasMessage("Invalid value for hosts: [RWA, RWA] (must not repeat RWA)");
    }

    @Test
    void closedBeforeEstablished() {
        assertThatThrownBy(() -> Unamir.builder().closed(LocalDate.of(1993, 10, 4)).build())
                .hasMessage("Invalid value for closed: 1993-10-04 (must not be before established 1993-10-05)")
                .extracting(e -> ((PeacekeepingException) e).field()).isEqualTo("closed");
    }

    @Test
    void operationsEndedBeforeEstablished() {
        assertThatThrownBy(() -> Unamir.builder().operationsEnded(LocalDate.of(1993, 10, 4)).build())
                .hasMessage("Invalid value for operationsEnded: 1993-10-04 (must not be before established 1993-10-05)")
                .extracting(e -> ((PeacekeepingException) e).field()).isEqualTo("operationsEnded");
    }

    @Test
    void closedBeforeOperationsEnded() {
        assertThatThrownBy(() -> Unamir.builder().operationsEnded(LocalDate.of(1996, 5, 1)).build())
                .hasMessage("Invalid value for closed: 1996-04 (must not be before operationsEnded 1996-05-01)")
                .extracting(e -> ((PeacekeepingException) e).field()).isEqualTo("closed");
    }

    @Test
    void noMandates() {
        assertThatThrownBy(() -> Mission.builder().acronym("X").name("X").addHost(Unamir.RWANDA)
                .region(Region.AFRICA).established(DAY).build())
                .hasMessage("Invalid value for mandates: [] (must hold at least one value)");
    }

    @Test
    void twoComponentsOfOneType() {
        assertThatThrownBy(() -> Unamir.builder().addComponent(MilitaryComponent.builder().build()).build())
                .hasMessage("Invalid value for components: \"military\" (a mission has at most one component of each type)");
    }

    @Test
    void missingRequiredValuesAreAllNamed() {
        assertThatThrownBy(() -> Mission.builder().acronym("UNAMIR").build())
                .isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for name, region, established (required)")
                .satisfies(e -> assertThat(((MissingValueException) e).fields())
                        .containsExactly("name", "region", "established"));
    }

    @Test
    void nullValueIsAMissingValue() {
        assertThatThrownBy(() -> Mission.builder().acronym(null))
                .isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for acronym (required)");
    }

    @Test
    void nullElementIsRefused() {
        assertThatThrownBy(() -> Mission.builder().addHost((CountryCode) null))
                .isInstanceOf(MissingValueException.class)
                .hasMessage("Invalid value for hosts: null element (elements must not be null)")
                .extracting(e -> ((PeacekeepingException) e).field()).isEqualTo("hosts");
    }

    @Test
    void nullTaskInsideTheOptionalListIsRefused() {
        List<MandateTask> tasks = new ArrayList<>(Arrays.asList(MandateTask.GOOD_OFFICES, null));
        assertThatThrownBy(() -> Mandate.builder().from(Unamir.mandates().get(0)).tasks(tasks).build())
                .isInstanceOf(MissingValueException.class)
                .hasMessage("Invalid value for tasks: null element (elements must not be null)");
    }

    @Test
    void expiresBeforeEffective() {
        assertThatThrownBy(() -> Mandate.builder().from(Unamir.mandates().get(0))
                .expires(LocalDate.of(1993, 10, 4)).build())
                .hasMessage("Invalid value for expires: 1993-10-04 (must not be before effective 1993-10-05)");
    }

    @Test
    void noActions() {
        Mandate first = Unamir.mandates().get(0);
        assertThatThrownBy(() -> Mandate.builder().resolution(first.resolution()).effective(DAY).chapterVII(false).build())
                .hasMessage("Invalid value for actions: [] (must hold at least one value)");
    }

    @Test
    void repeatedAction() {
        assertThatThrownBy(() -> Mandate.builder().from(Unamir.mandates().get(0)).addAction(MandateAction.ESTABLISH).build())
                .hasMessage("Invalid value for actions: [ESTABLISH, ESTABLISH] (must not repeat ESTABLISH)");
    }

    @Test
    void repeatedTask() {
        assertThatThrownBy(() -> Mandate.builder().from(Unamir.mandates().get(2))
                .tasks(List.of(MandateTask.GOOD_OFFICES, MandateTask.GOOD_OFFICES)).build())
                .hasMessage("Invalid value for tasks: [GOOD_OFFICES, GOOD_OFFICES] (must not repeat GOOD_OFFICES)");
    }

    @Test
    void chapterVIIIsRequired() {
        Mandate first = Unamir.mandates().get(0);
        assertThatThrownBy(() -> Mandate.builder().resolution(first.resolution()).addAction(MandateAction.ESTABLISH)
                .effective(DAY).build())
                .hasMessage("Missing value for chapterVII (required)");
    }

    @Test
    void negativeCeiling() {
        assertThatThrownBy(() -> Ceilings.builder().police(-1).build())
                .hasMessage("Invalid value for police: -1 (must not be negative)");
    }

    @Test
    void resolutionNumberMustBePositive() {
        assertThatThrownBy(() -> Resolution.builder().body(AuthorizingBody.SECURITY_COUNCIL).number(0).adopted(DAY).build())
                .hasMessage("Invalid value for number: 0 (must be positive)");
    }

    @Test
    void councilResolutionHasNoSession() {
        assertThatThrownBy(() -> Resolution.builder().body(AuthorizingBody.SECURITY_COUNCIL).number(872)
                .adopted(DAY).session("48").build())
                .hasMessage("Invalid value for session: \"48\" (must be absent for a Security Council resolution)");
    }

    @Test
    void assemblyResolutionNeedsSession() {
        assertThatThrownBy(() -> Resolution.builder().body(AuthorizingBody.GENERAL_ASSEMBLY).number(1000).adopted(DAY).build())
                .isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for session (required)");
    }

    @Test
    void assemblySessionMustBeASession() {
        assertThatThrownBy(() -> Resolution.builder().body(AuthorizingBody.GENERAL_ASSEMBLY).number(1000)
                .adopted(DAY).session("first").build())
                .hasMessage("Invalid value for session: \"first\" (expected a General Assembly session such as XVII, ES-I, 78 or ES-10)");
    }

    @Test
    void negativeVotes() {
        assertThatThrownBy(() -> Vote.of(-1, 0, 0)).hasMessage("Invalid value for yes: -1 (must not be negative)");
        assertThatThrownBy(() -> Vote.of(9, -1, 0)).hasMessage("Invalid value for no: -1 (must not be negative)");
        assertThatThrownBy(() -> Vote.of(9, 0, -2)).hasMessage("Invalid value for abstain: -2 (must not be negative)");
    }

    @Test
    void voteTotalMustNotOverflow() {
        assertThatThrownBy(() -> Vote.of(Integer.MAX_VALUE, 1, 0))
                .hasMessage("Invalid value for abstain: 2147483648 (makes a total above 2147483647)");
    }

    @Test
    void againstMustFitNegativeVotes() {
        CountryCode rus = CountryCode.of("RUS");
        assertThatThrownBy(() -> Vote.of(11, 1, 2, rus, CountryCode.of("BOL")))
                .hasMessage("Invalid value for against: [RUS, BOL] (names more members than the 1 negative votes)");
        assertThatThrownBy(() -> Vote.of(11, 2, 2, rus, rus))
                .hasMessage("Invalid value for against: [RUS, RUS] (must not repeat RUS)");
    }

    @Test
    void negativeDeploymentTotal() {
        assertThatThrownBy(() -> Deployment.of(CountryCode.of("BGD"), PersonnelCategory.TROOPS, DAY, -5))
                .hasMessage("Invalid value for total: -5 (must not be negative)");
    }

    @Test
    void femaleAboveTotal() {
        assertThatThrownBy(() -> Deployment.of(CountryCode.of("BGD"), PersonnelCategory.TROOPS, DAY, 10, 12))
                .hasMessage("Invalid value for female: 12 (must not exceed total 10)")
                .extracting(e -> ((PeacekeepingException) e).field()).isEqualTo("female");
    }

    @Test
    void negativeFemale() {
        assertThatThrownBy(() -> Deployment.of(CountryCode.of("BGD"), PersonnelCategory.TROOPS, DAY, 10, -1))
                .hasMessage("Invalid value for female: -1 (must not be negative)");
    }

    @Test
    @SuppressWarnings({"rawtypes", "unchecked"})
    void rawTypesCannotPutAPoliceDeploymentIntoTheMilitaryComponent() {
        Deployment police = Deployment.of(CountryCode.of("BGD"), PersonnelCategory.FORMED_POLICE_UNITS, DAY, 140);
        assertThatThrownBy(() -> MilitaryComponent.builder().addDeployment(police).build())
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for category: FORMED_POLICE_UNITS (not a category of the military component: "
                        + "expected one of TROOPS, STAFF_OFFICERS, EXPERTS_ON_MISSION)");
        Deployment troops = Deployment.of(CountryCode.of("BGD"), PersonnelCategory.TROOPS, DAY, 800);
        assertThatThrownBy(() -> PoliceComponent.of((List) List.of(troops)))
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for category: TROOPS (not a category of the police component: "
                        + "expected one of INDIVIDUAL_POLICE, FORMED_POLICE_UNITS, POLICE)");
    }

    @Test
    @SuppressWarnings({"rawtypes", "unchecked"})
    void rawTypesCannotPutAPoliceTotalIntoTheMilitaryComponent() {
        PersonnelTotal police = PersonnelTotal.of(PersonnelCategory.POLICE, DAY, 60);
        assertThatThrownBy(() -> MilitaryComponent.builder().addTotal(police).build())
                .hasMessage("Invalid value for category: POLICE (not a category of the military component: "
                        + "expected one of TROOPS, STAFF_OFFICERS, EXPERTS_ON_MISSION)");
    }

    @Test
    void personnelTotalChecks() {
        assertThatThrownBy(() -> PersonnelTotal.of(PersonnelCategory.TROOPS, DAY, -1))
                .hasMessage("Invalid value for total: -1 (must not be negative)");
        assertThatThrownBy(() -> PersonnelTotal.of(PersonnelCategory.TROOPS, DAY, 10, 11))
                .hasMessage("Invalid value for female: 11 (must not exceed total 10)");
        assertThatThrownBy(() -> PersonnelTotal.builder().category(PersonnelCategory.TROOPS).total(1).build())
                .isInstanceOf(MissingValueException.class).hasMessage("Missing value for date (required)");
    }

    @Test
    void authorizationPeriodNeedsEveryPart() {
        Mandate establish = Unamir.mandates().get(0);
        Authorization military = establish.authorizations().get(0);
        DateRange life = DateRange.of(Unamir.ESTABLISHED, Unamir.CLOSED.latest());
        assertThatThrownBy(() -> AuthorizationPeriod.of(null, military, life)).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for mandates (required)");
        assertThatThrownBy(() -> AuthorizationPeriod.of(establish, null, life)).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for authorizedStrength (required)");
        assertThatThrownBy(() -> AuthorizationPeriod.of(establish, military, null)).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for period (required)");
    }

    @Test
    void negativeStaffing() {
        assertThatThrownBy(() -> CivilianStaffing.of(DAY, 10, -3, 0))
                .hasMessage("Invalid value for national: -3 (must not be negative)");
    }

    @Test
    void blankAppointee() {
        assertThatThrownBy(() -> Appointment.builder().role(LeadershipRole.FORCE_COMMANDER).name(" ")
                .nationality(CountryCode.of("CAN")).start(DAY).build())
                .hasMessage("Invalid value for name: \" \" (must not be blank)");
    }

    @Test
    void appointmentEndsBeforeItStarts() {
        assertThatThrownBy(() -> Appointment.builder().role(LeadershipRole.FORCE_COMMANDER).name("Romeo Dallaire")
                .nationality(CountryCode.of("CAN")).start(DAY).end(DAY.minusDays(1)).build())
                .hasMessage("Invalid value for end: 1993-10-04 (must not be before start 1993-10-05)");
    }

    @Test
    void blankContributionMission() {
        Deployment<MilitaryCategory> deployment = Deployment.of(CountryCode.of("BGD"), PersonnelCategory.TROOPS, DAY, 1);
        assertThatThrownBy(() -> ContributionRecord.of(" ", deployment))
                .hasMessage("Invalid value for mission: \" \" (must not be blank)");
    }

    @Test
    void exceptionsGiveTheirPartsAndMoveToAnotherField() {
        PeacekeepingException unknown = org.assertj.core.api.Assertions.catchThrowableOfType(
                PeacekeepingException.class, () -> CountryCode.of("XYZ"));
        assertThat(unknown.field()).isEqualTo("countryCode");
        assertThat(unknown.value()).contains("\"XYZ\"");
        assertThat(unknown.rule()).isEqualTo("not an ISO 3166-1 alpha-3 code, XKX or a former ISO 3166-3 code");
        PeacekeepingException contributor = unknown.forField("contributor");
        assertThat(contributor).hasMessage("Invalid value for contributor: \"XYZ\" (not an ISO 3166-1 alpha-3 code, XKX "
                + "or a former ISO 3166-3 code)").hasCause(unknown);
        assertThat(contributor.field()).isEqualTo("contributor");
        MissingValueException missing = new MissingValueException("name");
        assertThat(missing.value()).isEmpty();
        assertThat(missing.rule()).isEqualTo("required");
        assertThat(missing.forField("acronym")).hasMessage("Missing value for acronym (required)");
        MissingValueException element = new MissingValueException("hosts element");
        assertThat(element.value()).contains("null element");
        assertThat(element.forField("against")).hasMessage("Invalid value for against: null element (elements must not be null)");
    }

    @Test
    void theMessageTemplateIsPublicForTheJsonBindings() {
        assertThat(PeacekeepingException.message("female", "12", "must not exceed total 10"))
                .isEqualTo("Invalid value for female: 12 (must not exceed total 10)")
                .isEqualTo(new PeacekeepingException("female", 12, "must not exceed total 10").getMessage());
        assertThat(PeacekeepingException.message("name, region", null, "required"))
                .isEqualTo("Missing value for name, region (required)")
                .isEqualTo(new MissingValueException("name", "region").getMessage());
    }

    @Test
    void everyConstructionErrorIsOneExceptionType() {
        assertThat(MissingValueException.class.getSuperclass()).isEqualTo(PeacekeepingException.class);
        assertThat(RuntimeException.class).isAssignableFrom(PeacekeepingException.class);
    }
}
