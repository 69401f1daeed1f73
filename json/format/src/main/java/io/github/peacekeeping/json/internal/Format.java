package io.github.peacekeeping.json.internal;

import static io.github.peacekeeping.core.FieldNames.ABSTAIN;
import static io.github.peacekeeping.core.FieldNames.ACRONYM;
import static io.github.peacekeeping.core.FieldNames.ACTING;
import static io.github.peacekeeping.core.FieldNames.ACTIONS;
import static io.github.peacekeeping.core.FieldNames.ADOPTED;
import static io.github.peacekeeping.core.FieldNames.AGAINST;
import static io.github.peacekeeping.core.FieldNames.ALIASES;
import static io.github.peacekeeping.core.FieldNames.BODY;
import static io.github.peacekeeping.core.FieldNames.CATEGORY;
import static io.github.peacekeeping.core.FieldNames.CHAPTER_VII;
import static io.github.peacekeeping.core.FieldNames.CIVILIAN;
import static io.github.peacekeeping.core.FieldNames.CLOSED;
import static io.github.peacekeeping.core.FieldNames.COMPONENTS;
import static io.github.peacekeeping.core.FieldNames.CONTRIBUTOR;
import static io.github.peacekeeping.core.FieldNames.DATE;
import static io.github.peacekeeping.core.FieldNames.DEPLOYMENTS;
import static io.github.peacekeeping.core.FieldNames.EFFECTIVE;
import static io.github.peacekeeping.core.FieldNames.END;
import static io.github.peacekeeping.core.FieldNames.ESTABLISHED;
import static io.github.peacekeeping.core.FieldNames.EXPIRES;
import static io.github.peacekeeping.core.FieldNames.FEMALE;
import static io.github.peacekeeping.core.FieldNames.HAND_OVER;
import static io.github.peacekeeping.core.FieldNames.HOSTS;
import static io.github.peacekeeping.core.FieldNames.INTERNATIONAL;
import static io.github.peacekeeping.core.FieldNames.KIND;
import static io.github.peacekeeping.core.FieldNames.LEADERSHIP;
import static io.github.peacekeeping.core.FieldNames.LINKS;
import static io.github.peacekeeping.core.FieldNames.MANDATES;
import static io.github.peacekeeping.core.FieldNames.MILITARY;
import static io.github.peacekeeping.core.FieldNames.NAME;
import static io.github.peacekeeping.core.FieldNames.NATIONAL;
import static io.github.peacekeeping.core.FieldNames.NATIONALITY;
import static io.github.peacekeeping.core.FieldNames.NO;
import static io.github.peacekeeping.core.FieldNames.NUMBER;
import static io.github.peacekeeping.core.FieldNames.OPERATIONS_ENDED;
import static io.github.peacekeeping.core.FieldNames.POLICE;
import static io.github.peacekeeping.core.FieldNames.REGION;
import static io.github.peacekeeping.core.FieldNames.ROLE;
import static io.github.peacekeeping.core.FieldNames.SESSION;
import static io.github.peacekeeping.core.FieldNames.STAFFING;
import static io.github.peacekeeping.core.FieldNames.START;
import static io.github.peacekeeping.core.FieldNames.TASKS;
import static io.github.peacekeeping.core.FieldNames.TOTAL;
import static io.github.peacekeeping.core.FieldNames.TYPE;
import static io.github.peacekeeping.core.FieldNames.VOLUNTEERS;
import static io.github.peacekeeping.core.FieldNames.YES;

import io.github.peacekeeping.core.Appointment;
import io.github.peacekeeping.core.AuthorizingBody;
import io.github.peacekeeping.core.Ceilings;
import io.github.peacekeeping.core.CivilianComponent;
import io.github.peacekeeping.core.CivilianStaffing;
import io.github.peacekeeping.core.Component;
import io.github.peacekeeping.core.ComponentType;
import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.DateRange;
import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.LeadershipRole;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.MandateTask;
import io.github.peacekeeping.core.MilitaryCategory;
import io.github.peacekeeping.core.MilitaryComponent;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.MissionProfile;
import io.github.peacekeeping.core.PartialDate;
import io.github.peacekeeping.core.PersonnelCategory;
import io.github.peacekeeping.core.PoliceCategory;
import io.github.peacekeeping.core.PoliceComponent;
import io.github.peacekeeping.core.Region;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.Vote;
import io.github.peacekeeping.core.lineage.LinkKind;
import io.github.peacekeeping.core.lineage.MissionLink;
import io.github.peacekeeping.core.validation.Finding;
import io.github.peacekeeping.core.validation.Severity;
import io.github.peacekeeping.core.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The wire format, declared once: every object with its fields in the order they are written, and the
 * kinds of value they hold. The readers, the writers, the error messages of both bindings and the
 * schema test all take it from here; adding a field is one line here plus its model code.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Format {

    // ---- values

    /** Text. */
    public static final Value<String> TEXT = TextValue.INSTANCE;
    /** A calendar date, {@code yyyy-mm-dd}. */
    public static final Value<LocalDate> DATE_VALUE = DateValue.INSTANCE;
    /** A date known to the day, the month or the year, {@code 1995-12-08}, {@code 1995-12} or {@code 1995}. */
    public static final Value<PartialDate> PARTIAL_DATE = new ParsedValue<>(PartialDate::parse, PartialDate::toString,
            "expected an ISO 8601 date to the day, month or year: 1995-12-08, 1995-12 or 1995");
    /** A country code, {@code RWA}. */
    public static final Value<CountryCode> COUNTRY = CountryValue.INSTANCE;
    /** A date range, {@code 1993-10-05/1996-03-08} or {@code 1948-05-29/..}: not in missions, written for users. */
    public static final Value<DateRange> DATE_RANGE = new ParsedValue<>(DateRange::parse, DateRange::toString,
            "expected a date range such as \"1993-10-05/1996-03-08\"");

    /** The regions. */
    public static final Constants<Region> REGIONS = Constants.of(Region.values());
    /** The authorizing bodies. */
    public static final Constants<AuthorizingBody> BODIES = Constants.of(AuthorizingBody.values());
    /** The mandate actions. */
    public static final Constants<MandateAction> MANDATE_ACTIONS = Constants.of(MandateAction.values());
    /** The mandate tasks. */
    public static final Constants<MandateTask> MANDATE_TASKS = Constants.of(MandateTask.values());
    /** The leadership roles. */
    public static final Constants<LeadershipRole> ROLES = Constants.of(LeadershipRole.values());
    /** The categories of a military component. */
    public static final Constants<MilitaryCategory> MILITARY_CATEGORIES = Constants.of(MilitaryCategory.values());
    /** The categories of a police component. */
    public static final Constants<PoliceCategory> POLICE_CATEGORIES = Constants.of(PoliceCategory.values());
    /** Every personnel category. */
    public static final Constants<PersonnelCategory> CATEGORIES = Constants.of(categories(), PersonnelCategory::name);
    /** The component types by their names in the format: {@code military}, {@code police}, {@code civilian}. */
    public static final Constants<ComponentType> COMPONENT_TYPES =
            Constants.of(List.of(ComponentType.values()), ComponentType::typeName);
    /** The severities of findings. */
    public static final Constants<Severity> SEVERITIES = Constants.of(Severity.values());
    private static final Constants<String> TYPE_NAMES = Constants.of(typeNames(), name -> name);

    // ---- objects

    /** A vote: {@code yes}, {@code no}, {@code abstain}, the members {@code against}. */
    public static final WireObject<Vote, Vote.Builder> VOTE = WireObject.of(Vote.class, Vote::builder,
                    Vote.Builder::build)
            .requiredInt(YES, Vote.Builder::yes, Vote::yes)
            .requiredInt(NO, Vote.Builder::no, Vote::no)
            .requiredInt(ABSTAIN, Vote.Builder::abstain, Vote::abstain)
            .optionalList(AGAINST, COUNTRY, Vote.Builder::addAgainst, Vote::against)
            .build();

    /** A resolution. */
    public static final WireObject<Resolution, Resolution.Builder> RESOLUTION = WireObject.of(Resolution.class,
                    Resolution::builder, Resolution.Builder::build)
            .required(BODY, BODIES, Resolution.Builder::body, Resolution::body)
            .requiredInt(NUMBER, Resolution.Builder::number, Resolution::number)
            .required(ADOPTED, DATE_VALUE, Resolution.Builder::adopted, Resolution::adopted)
            .optional(SESSION, TEXT, Resolution.Builder::session, Resolution::session)
            .optional(FieldNames.VOTE, VOTE, Resolution.Builder::vote, Resolution::vote)
            .build();

    /** The ceilings a decision sets. */
    public static final WireObject<Ceilings, Ceilings.Builder> CEILINGS = WireObject.of(Ceilings.class,
                    Ceilings::builder, Ceilings.Builder::build)
            .optionalInt(MILITARY, Ceilings.Builder::military, Ceilings::military)
            .optionalInt(POLICE, Ceilings.Builder::police, Ceilings::police)
            .optionalInt(CIVILIAN, Ceilings.Builder::civilian, Ceilings::civilian)
            .build();

    /** A decision of the authorizing body. */
    public static final WireObject<Mandate, Mandate.Builder> MANDATE = WireObject.of(Mandate.class,
                    Mandate::builder, Mandate.Builder::build)
            .required(FieldNames.RESOLUTION, RESOLUTION, Mandate.Builder::resolution, Mandate::resolution)
            .requiredList(ACTIONS, MANDATE_ACTIONS, Mandate.Builder::addAction, Mandate::actions)
            .required(EFFECTIVE, DATE_VALUE, Mandate.Builder::effective, Mandate::effective)
            .optional(EXPIRES, DATE_VALUE, Mandate.Builder::expires, Mandate::expires)
            .requiredBool(CHAPTER_VII, Mandate.Builder::chapterVII, Mandate::chapterVII)
            .presentOrAbsentList(TASKS, MANDATE_TASKS, Mandate.Builder::tasks, Mandate::tasks)
            .optional(FieldNames.CEILINGS, CEILINGS, Mandate.Builder::ceilings, Mandate::ceilings)
            .build();

    /** A deployment of any category. */
    public static final WireObject<Deployment<PersonnelCategory>, Deployment.Builder<PersonnelCategory>> DEPLOYMENT =
            deployment(CATEGORIES);
    /** A deployment of a military component. */
    public static final WireObject<Deployment<MilitaryCategory>, Deployment.Builder<MilitaryCategory>>
            MILITARY_DEPLOYMENT = deployment(MILITARY_CATEGORIES);
    /** A deployment of a police component. */
    public static final WireObject<Deployment<PoliceCategory>, Deployment.Builder<PoliceCategory>> POLICE_DEPLOYMENT =
            deployment(POLICE_CATEGORIES);

    /** A civilian staffing report. */
    public static final WireObject<CivilianStaffing, CivilianStaffing.Builder> STAFFING_REPORT = WireObject.of(
                    CivilianStaffing.class, CivilianStaffing::builder, CivilianStaffing.Builder::build)
            .required(DATE, DATE_VALUE, CivilianStaffing.Builder::date, CivilianStaffing::date)
            .requiredInt(INTERNATIONAL, CivilianStaffing.Builder::international, CivilianStaffing::international)
            .requiredInt(NATIONAL, CivilianStaffing.Builder::national, CivilianStaffing::national)
            .requiredInt(VOLUNTEERS, CivilianStaffing.Builder::volunteers, CivilianStaffing::volunteers)
            .build();

    /** A military component. */
    public static final WireObject<MilitaryComponent, MilitaryComponent.Builder> MILITARY_COMPONENT = WireObject.of(
                    MilitaryComponent.class, MilitaryComponent::builder, MilitaryComponent.Builder::build)
            .discriminator(TYPE, TYPE_NAMES, ComponentType.MILITARY.typeName())
            .requiredList(DEPLOYMENTS, MILITARY_DEPLOYMENT, MilitaryComponent.Builder::addDeployment,
                    MilitaryComponent::deployments)
            .build();
    /** A police component. */
    public static final WireObject<PoliceComponent, PoliceComponent.Builder> POLICE_COMPONENT = WireObject.of(
                    PoliceComponent.class, PoliceComponent::builder, PoliceComponent.Builder::build)
            .discriminator(TYPE, TYPE_NAMES, ComponentType.POLICE.typeName())
            .requiredList(DEPLOYMENTS, POLICE_DEPLOYMENT, PoliceComponent.Builder::addDeployment,
                    PoliceComponent::deployments)
            .build();
    /** A civilian component. */
    public static final WireObject<CivilianComponent, CivilianComponent.Builder> CIVILIAN_COMPONENT = WireObject.of(
                    CivilianComponent.class, CivilianComponent::builder, CivilianComponent.Builder::build)
            .discriminator(TYPE, TYPE_NAMES, ComponentType.CIVILIAN.typeName())
            .requiredList(STAFFING, STAFFING_REPORT, CivilianComponent.Builder::addStaffing,
                    CivilianComponent::staffing)
            .build();

    /** A component of any type, by its {@code type}. */
    public static final Value<Component> COMPONENT = new Union<>(TYPE, TYPE_NAMES, List.of(
            new Union.Variant<>(ComponentType.MILITARY.typeName(), MilitaryComponent.class, MILITARY_COMPONENT),
            new Union.Variant<>(ComponentType.POLICE.typeName(), PoliceComponent.class, POLICE_COMPONENT),
            new Union.Variant<>(ComponentType.CIVILIAN.typeName(), CivilianComponent.class, CIVILIAN_COMPONENT)));
    /** A component read where only a military component is expected. */
    public static final Value<MilitaryComponent> ONLY_MILITARY = new Union<>(TYPE, TYPE_NAMES, List.of(
            new Union.Variant<>(ComponentType.MILITARY.typeName(), MilitaryComponent.class, MILITARY_COMPONENT)));
    /** A component read where only a police component is expected. */
    public static final Value<PoliceComponent> ONLY_POLICE = new Union<>(TYPE, TYPE_NAMES, List.of(
            new Union.Variant<>(ComponentType.POLICE.typeName(), PoliceComponent.class, POLICE_COMPONENT)));
    /** A component read where only a civilian component is expected. */
    public static final Value<CivilianComponent> ONLY_CIVILIAN = new Union<>(TYPE, TYPE_NAMES, List.of(
            new Union.Variant<>(ComponentType.CIVILIAN.typeName(), CivilianComponent.class, CIVILIAN_COMPONENT)));

    /** An appointment to the leadership; {@code acting} is written when true. */
    public static final WireObject<Appointment, Appointment.Builder> APPOINTMENT = WireObject.of(Appointment.class,
                    Appointment::builder, Appointment.Builder::build)
            .required(ROLE, ROLES, Appointment.Builder::role, Appointment::role)
            .required(NAME, TEXT, Appointment.Builder::name, Appointment::name)
            .required(NATIONALITY, COUNTRY, Appointment.Builder::nationality, Appointment::nationality)
            .required(START, PARTIAL_DATE, Appointment.Builder::start, Appointment::start)
            .optional(END, PARTIAL_DATE, Appointment.Builder::end, Appointment::end)
            .optionalBool(ACTING, false, Appointment.Builder::acting, Appointment::acting)
            .build();

    /** A mission: the document of the format. */
    public static final WireObject<Mission, Mission.Builder> MISSION = WireObject.of(Mission.class, Mission::builder,
                    Mission.Builder::build)
            .required(ACRONYM, TEXT, Mission.Builder::acronym, Mission::acronym)
            .required(NAME, TEXT, Mission.Builder::name, Mission::name)
            .requiredList(HOSTS, COUNTRY, Mission.Builder::addHost, Mission::hosts)
            .required(REGION, REGIONS, Mission.Builder::region, Mission::region)
            .required(ESTABLISHED, PARTIAL_DATE, Mission.Builder::established, Mission::established)
            .optional(CLOSED, PARTIAL_DATE, Mission.Builder::closed, Mission::closed)
            .requiredList(MANDATES, MANDATE, Mission.Builder::addMandate, Mission::mandates)
            .optionalList(COMPONENTS, COMPONENT, Mission.Builder::addComponent, Mission::components)
            .optionalList(LEADERSHIP, APPOINTMENT, Mission.Builder::addAppointment, Mission::leadership)
            .build();

    /** A flat contribution record, one line of JSON Lines. */
    public static final WireObject<ContributionRecord, RecordParts> CONTRIBUTION_RECORD = WireObject.of(
                    ContributionRecord.class, RecordParts::new, RecordParts::build)
            .required(FieldNames.MISSION, TEXT, RecordParts::mission, ContributionRecord::mission)
            .required(CONTRIBUTOR, COUNTRY, (r, v) -> r.deployment.contributor(v), r -> r.deployment().contributor())
            .required(CATEGORY, CATEGORIES, (r, v) -> r.deployment.category(v), Format::category)
            .required(DATE, DATE_VALUE, (r, v) -> r.deployment.date(v), r -> r.deployment().date())
            .requiredInt(TOTAL, (r, v) -> r.deployment.total(v), r -> r.deployment().total())
            .optionalInt(FEMALE, (r, v) -> r.deployment.female(v), r -> r.deployment().female())
            .build();

    // ---- mission profiles: a list of operations without their decisions, one JSON Lines record each

    /** Which way a mission link points: {@code PREDECESSOR}, {@code SUCCESSOR}. */
    public static final Constants<LinkKind> LINK_KINDS = Constants.of(LinkKind.values());

    /**
     * A link to the mission before or after: {@code {"kind": "PREDECESSOR", "mission": "UNAVEM II",
     * "handOver": "1991-05-31"}}, the day written where the record gives it.
     */
    public static final WireObject<MissionLink, MissionLinkParts> MISSION_LINK = WireObject.of(MissionLink.class,
                    MissionLinkParts::new, MissionLinkParts::build)
            .required(KIND, LINK_KINDS, MissionLinkParts::kind, MissionLink::kind)
            .required(FieldNames.MISSION, TEXT, MissionLinkParts::mission, MissionLink::mission)
            .optional(HAND_OVER, DATE_VALUE, MissionLinkParts::handOver, MissionLink::handOver)
            .build();

    /**
     * A mission's identity and lifecycle without its mandate history, one line of JSON Lines: the fields of a
     * mission of the same names, then its links and aliases, which are left out when empty.
     */
    public static final WireObject<MissionProfile, MissionProfile.Builder> MISSION_PROFILE = WireObject.of(
                    MissionProfile.class, MissionProfile::builder, MissionProfile.Builder::build)
            .required(ACRONYM, TEXT, MissionProfile.Builder::acronym, MissionProfile::acronym)
            .required(NAME, TEXT, MissionProfile.Builder::name, MissionProfile::name)
            .requiredList(HOSTS, COUNTRY, MissionProfile.Builder::addHost, MissionProfile::hosts)
            .required(REGION, REGIONS, MissionProfile.Builder::region, MissionProfile::region)
            .required(ESTABLISHED, PARTIAL_DATE, MissionProfile.Builder::established, MissionProfile::established)
            .optional(OPERATIONS_ENDED, PARTIAL_DATE, MissionProfile.Builder::operationsEnded,
                    MissionProfile::operationsEnded)
            .optional(CLOSED, PARTIAL_DATE, MissionProfile.Builder::closed, MissionProfile::closed)
            .optionalList(LINKS, MISSION_LINK, MissionProfile.Builder::addLink, MissionProfile::links)
            .optionalList(ALIASES, TEXT, MissionProfile.Builder::addAlias, MissionProfile::aliases)
            .build();

    // ---- what the format writes for users, and does not read

    /** A finding of a validator: {@code severity}, {@code code}, {@code path}, {@code message}. */
    public static final WireObject<Finding, Void> FINDING = WireObject.writtenOnly(Finding.class,
                    "is written, not read: validate the mission instead")
            .required("severity", SEVERITIES, null, Finding::severity)
            .required("code", TEXT, null, Finding::code)
            .required("path", TEXT, null, Finding::path)
            .required("message", TEXT, null, Finding::message)
            .build();
    /** A validation report: {@code valid} (no ERROR), and every finding. */
    public static final WireObject<ValidationReport, Void> REPORT = WireObject.writtenOnly(ValidationReport.class,
                    "is written, not read: validate the mission instead")
            .requiredBool("valid", null, ValidationReport::isValid)
            .requiredList("findings", FINDING, null, ValidationReport::findings)
            .build();

    private Format() {
    }

    /** Initializes the description, and so makes every {@link Symbol}. */
    static void load() {
        // Calling a static method of the class has initialized it.
    }

    private static <C extends PersonnelCategory> WireObject<Deployment<C>, Deployment.Builder<C>> deployment(
            Constants<C> categories) {
        @SuppressWarnings("unchecked")
        Class<Deployment<C>> type = (Class<Deployment<C>>) (Class<?>) Deployment.class;
        return WireObject.of(type, Deployment::<C>builder, Deployment.Builder<C>::build)
                .required(CONTRIBUTOR, COUNTRY, Deployment.Builder<C>::contributor, Deployment<C>::contributor)
                .required(CATEGORY, categories, Deployment.Builder<C>::category, Deployment<C>::category)
                .required(DATE, DATE_VALUE, Deployment.Builder<C>::date, Deployment<C>::date)
                .requiredInt(TOTAL, Deployment.Builder<C>::total, Deployment<C>::total)
                .optionalInt(FEMALE, Deployment.Builder<C>::female, Deployment<C>::female)
                .build();
    }

    private static PersonnelCategory category(ContributionRecord record) {
        return record.deployment().category();
    }

    private static List<PersonnelCategory> categories() {
        List<PersonnelCategory> all = new ArrayList<>(List.of(MilitaryCategory.values()));
        all.addAll(List.of(PoliceCategory.values()));
        return all;
    }

    private static List<String> typeNames() {
        List<String> names = new ArrayList<>();
        for (ComponentType type : ComponentType.values()) {
            names.add(type.typeName());
        }
        return names;
    }
}
