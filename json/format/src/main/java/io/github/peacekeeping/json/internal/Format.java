package io.github.peacekeeping.json.internal;

import static io.github.peacekeeping.core.FieldNames.ABSTAIN;
import static io.github.peacekeeping.core.FieldNames.ACRONYM;
import static io.github.peacekeeping.core.FieldNames.ACTING;
import static io.github.peacekeeping.core.FieldNames.ACTIONS;
import static io.github.peacekeeping.core.FieldNames.ADOPTED;
import static io.github.peacekeeping.core.FieldNames.ADOPTION;
import static io.github.peacekeeping.core.FieldNames.AGAINST;
import static io.github.peacekeeping.core.FieldNames.AGREEMENTS;
import static io.github.peacekeeping.core.FieldNames.ALIASES;
import static io.github.peacekeeping.core.FieldNames.AMOUNT;
import static io.github.peacekeeping.core.FieldNames.AUTHORIZED_STRENGTH;
import static io.github.peacekeeping.core.FieldNames.BODY;
import static io.github.peacekeeping.core.FieldNames.BUDGETS;
import static io.github.peacekeeping.core.FieldNames.CASUALTY_ID;
import static io.github.peacekeeping.core.FieldNames.CATEGORY;
import static io.github.peacekeeping.core.FieldNames.CHAPTER_VII;
import static io.github.peacekeeping.core.FieldNames.CHAPTER_VII_TASKS;
import static io.github.peacekeeping.core.FieldNames.CIVILIAN;
import static io.github.peacekeeping.core.FieldNames.CLOSED;
import static io.github.peacekeeping.core.FieldNames.COMPONENTS;
import static io.github.peacekeeping.core.FieldNames.CONTRIBUTOR;
import static io.github.peacekeeping.core.FieldNames.DATE;
import static io.github.peacekeeping.core.FieldNames.DEPLOYMENTS;
import static io.github.peacekeeping.core.FieldNames.DESIGNATE;
import static io.github.peacekeeping.core.FieldNames.DOCUMENT;
import static io.github.peacekeeping.core.FieldNames.EFFECTIVE;
import static io.github.peacekeeping.core.FieldNames.END;
import static io.github.peacekeeping.core.FieldNames.ESTABLISHED;
import static io.github.peacekeeping.core.FieldNames.EXPIRES;
import static io.github.peacekeeping.core.FieldNames.FEMALE;
import static io.github.peacekeeping.core.FieldNames.FROM;
import static io.github.peacekeeping.core.FieldNames.FUNDING;
import static io.github.peacekeeping.core.FieldNames.GENDER;
import static io.github.peacekeeping.core.FieldNames.GROUP;
import static io.github.peacekeeping.core.FieldNames.HAND_OVER;
import static io.github.peacekeeping.core.FieldNames.HOSTS;
import static io.github.peacekeeping.core.FieldNames.INCIDENT_TYPE;
import static io.github.peacekeeping.core.FieldNames.INTERNATIONAL;
import static io.github.peacekeeping.core.FieldNames.JOINT_ROLES;
import static io.github.peacekeeping.core.FieldNames.KIND;
import static io.github.peacekeeping.core.FieldNames.LABEL;
import static io.github.peacekeeping.core.FieldNames.LEADERSHIP;
import static io.github.peacekeeping.core.FieldNames.LED_BY;
import static io.github.peacekeeping.core.FieldNames.LINKS;
import static io.github.peacekeeping.core.FieldNames.MANDATES;
import static io.github.peacekeeping.core.FieldNames.MAXIMUM;
import static io.github.peacekeeping.core.FieldNames.MILITARY;
import static io.github.peacekeeping.core.FieldNames.NAME;
import static io.github.peacekeeping.core.FieldNames.NATIONAL;
import static io.github.peacekeeping.core.FieldNames.NATIONALITY;
import static io.github.peacekeeping.core.FieldNames.NO;
import static io.github.peacekeeping.core.FieldNames.NOT_PARTICIPATING;
import static io.github.peacekeeping.core.FieldNames.NUMBER;
import static io.github.peacekeeping.core.FieldNames.OPERATIONS_ENDED;
import static io.github.peacekeeping.core.FieldNames.ORGANIZATION;
import static io.github.peacekeeping.core.FieldNames.PARTICIPANTS;
import static io.github.peacekeeping.core.FieldNames.PARTNER;
import static io.github.peacekeeping.core.FieldNames.PARTNERSHIPS;
import static io.github.peacekeeping.core.FieldNames.PARTS;
import static io.github.peacekeeping.core.FieldNames.PAX_ID;
import static io.github.peacekeeping.core.FieldNames.PERIOD;
import static io.github.peacekeeping.core.FieldNames.PERSON;
import static io.github.peacekeeping.core.FieldNames.PLACE;
import static io.github.peacekeeping.core.FieldNames.POLICE;
import static io.github.peacekeeping.core.FieldNames.PROCEDURAL;
import static io.github.peacekeeping.core.FieldNames.REGION;
import static io.github.peacekeeping.core.FieldNames.ROLE;
import static io.github.peacekeeping.core.FieldNames.SESSION;
import static io.github.peacekeeping.core.FieldNames.STAFFING;
import static io.github.peacekeeping.core.FieldNames.START;
import static io.github.peacekeeping.core.FieldNames.STATE;
import static io.github.peacekeeping.core.FieldNames.SUPPORTS;
import static io.github.peacekeeping.core.FieldNames.TASKS;
import static io.github.peacekeeping.core.FieldNames.TITLE;
import static io.github.peacekeeping.core.FieldNames.TOTAL;
import static io.github.peacekeeping.core.FieldNames.TOTALS;
import static io.github.peacekeeping.core.FieldNames.TYPE;
import static io.github.peacekeeping.core.FieldNames.VOLUNTEERS;
import static io.github.peacekeeping.core.FieldNames.YES;

import io.github.peacekeeping.core.Adoption;
import io.github.peacekeeping.core.Appointment;
import io.github.peacekeeping.core.Authorization;
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
import io.github.peacekeeping.core.PersonnelTotal;
import io.github.peacekeeping.core.PoliceCategory;
import io.github.peacekeeping.core.PoliceComponent;
import io.github.peacekeeping.core.Region;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.ResolutionPart;
import io.github.peacekeeping.core.Vote;
import io.github.peacekeeping.core.actor.Actor;
import io.github.peacekeeping.core.actor.Force;
import io.github.peacekeeping.core.actor.Group;
import io.github.peacekeeping.core.actor.Organization;
import io.github.peacekeeping.core.actor.State;
import io.github.peacekeeping.core.agreement.AgreementKind;
import io.github.peacekeeping.core.agreement.Participant;
import io.github.peacekeeping.core.agreement.ParticipantRole;
import io.github.peacekeeping.core.agreement.PeaceAgreement;
import io.github.peacekeeping.core.budget.Appropriation;
import io.github.peacekeeping.core.budget.Funding;
import io.github.peacekeeping.core.budget.UsdAmount;
import io.github.peacekeeping.core.fatality.Fatality;
import io.github.peacekeeping.core.fatality.FatalityCategory;
import io.github.peacekeeping.core.fatality.Gender;
import io.github.peacekeeping.core.fatality.IncidentType;
import io.github.peacekeeping.core.lineage.LinkKind;
import io.github.peacekeeping.core.lineage.MissionLink;
import io.github.peacekeeping.core.partner.Partnership;
import io.github.peacekeeping.core.partner.PartnershipKind;
import io.github.peacekeeping.core.validation.Finding;
import io.github.peacekeeping.core.validation.Severity;
import io.github.peacekeeping.core.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    public static final Value<PartialDate> PARTIAL_DATE = PartialDateValue.INSTANCE;
    /** {@code true} or {@code false} where absence means "not recorded". */
    public static final Value<Boolean> BOOLEAN = BooleanValue.INSTANCE;
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
    /** How a resolution was adopted. */
    public static final Constants<Adoption> ADOPTIONS = Constants.of(Adoption.values());
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
            .optionalList(NOT_PARTICIPATING, COUNTRY, Vote.Builder::addNotParticipating, Vote::notParticipating)
            .build();

    // ---- wire format v2: the objects it adds (decisions as the record has them, strength)

    /** A part of a resolution voted on separately: {@code label}, its {@code vote}, {@code chapterVII}. */
    public static final WireObject<ResolutionPart, ResolutionPart.Builder> PART = WireObject.of(ResolutionPart.class,
                    ResolutionPart::builder, ResolutionPart.Builder::build)
            .required(LABEL, TEXT, ResolutionPart.Builder::label, ResolutionPart::label)
            .optional(FieldNames.VOTE, VOTE, ResolutionPart.Builder::vote, r -> r.vote().orElse(null))
            .optional(CHAPTER_VII, BOOLEAN, ResolutionPart.Builder::chapterVII, r -> r.chapterVII().orElse(null))
            .build();

    /** An authorized maximum for the sum of some personnel categories, from a day or with its decision. */
    public static final WireObject<Authorization, AuthorizationParts> AUTHORIZATION = WireObject.of(
                    Authorization.class, AuthorizationParts::new, AuthorizationParts::build)
            .requiredList(FieldNames.CATEGORIES, CATEGORIES, AuthorizationParts::addCategory, Authorization::categories)
            .requiredInt(MAXIMUM, AuthorizationParts::maximum, Authorization::maximum)
            .optional(FROM, DATE_VALUE, AuthorizationParts::from, a -> a.from().orElse(null))
            .build();

    /** A month-end total of any category, without the split by contributor. */
    public static final WireObject<PersonnelTotal<PersonnelCategory>, PersonnelTotal.Builder<PersonnelCategory>>
            PERSONNEL_TOTAL = total(CATEGORIES);
    /** A month-end total of a military component, without the split by contributor. */
    public static final WireObject<PersonnelTotal<MilitaryCategory>, PersonnelTotal.Builder<MilitaryCategory>>
            MILITARY_TOTAL = total(MILITARY_CATEGORIES);
    /** A month-end total of a police component, without the split by contributor. */
    public static final WireObject<PersonnelTotal<PoliceCategory>, PersonnelTotal.Builder<PoliceCategory>>
            POLICE_TOTAL = total(POLICE_CATEGORIES);

    /** A resolution. */
    public static final WireObject<Resolution, Resolution.Builder> RESOLUTION = WireObject.of(Resolution.class,
                    Resolution::builder, Resolution.Builder::build)
            .required(BODY, BODIES, Resolution.Builder::body, Resolution::body)
            .requiredInt(NUMBER, Resolution.Builder::number, Resolution::number)
            .required(ADOPTED, DATE_VALUE, Resolution.Builder::adopted, Resolution::adopted)
            .optional(SESSION, TEXT, Resolution.Builder::session, r -> r.session().orElse(null))
            .optional(ADOPTION, ADOPTIONS, Resolution.Builder::adoption,
                    r -> Format.adoptionToWrite(r).orElse(null))
            .optionalBool(PROCEDURAL, false, Resolution.Builder::procedural, Resolution::procedural)
            .optional(FieldNames.VOTE, VOTE, Resolution.Builder::vote, r -> r.vote().orElse(null))
            .optionalList(PARTS, PART, Resolution.Builder::addPart, Resolution::parts)
            .build();

    /** The ceilings a decision sets. */
    public static final WireObject<Ceilings, Ceilings.Builder> CEILINGS = WireObject.of(Ceilings.class,
                    Ceilings::builder, Ceilings.Builder::build)
            .optionalInt(MILITARY, Ceilings.Builder::military, c -> IntField.orAbsent(c.military()))
            .optionalInt(POLICE, Ceilings.Builder::police, c -> IntField.orAbsent(c.police()))
            .optionalInt(CIVILIAN, Ceilings.Builder::civilian, c -> IntField.orAbsent(c.civilian()))
            .build();

    /** A decision of the authorizing body. */
    public static final WireObject<Mandate, Mandate.Builder> MANDATE = WireObject.of(Mandate.class,
                    Mandate::builder, Mandate.Builder::build)
            .required(FieldNames.RESOLUTION, RESOLUTION, Mandate.Builder::resolution, Mandate::resolution)
            .requiredList(ACTIONS, MANDATE_ACTIONS, Mandate.Builder::addAction, Mandate::actions)
            .required(EFFECTIVE, DATE_VALUE, Mandate.Builder::effective, Mandate::effective)
            .optional(EXPIRES, DATE_VALUE, Mandate.Builder::expires, m -> m.expires().orElse(null))
            .requiredBool(CHAPTER_VII, Mandate.Builder::chapterVII, Mandate::chapterVII)
            .presentOrAbsentList(TASKS, MANDATE_TASKS, Mandate.Builder::tasks, m -> m.tasks().orElse(null))
            .presentOrAbsentList(CHAPTER_VII_TASKS, MANDATE_TASKS, Mandate.Builder::chapterVIITasks,
                    m -> m.chapterVIITasks().orElse(null))
            .optional(FieldNames.CEILINGS, CEILINGS, Mandate.Builder::ceilings, m -> m.ceilings().orElse(null))
            .optionalList(AUTHORIZED_STRENGTH, AUTHORIZATION, Mandate.Builder::addAuthorizedStrength,
                    Mandate::authorizedStrength)
            .optionalList(SUPPORTS, TEXT, Mandate.Builder::addAgreement, Mandate::supports)
            .build();

    /** A deployment of any category. */
    public static final WireObject<Deployment<PersonnelCategory>, DeploymentParts<PersonnelCategory>> DEPLOYMENT =
            deployment(CATEGORIES);
    /** A deployment of a military component. */
    public static final WireObject<Deployment<MilitaryCategory>, DeploymentParts<MilitaryCategory>>
            MILITARY_DEPLOYMENT = deployment(MILITARY_CATEGORIES);
    /** A deployment of a police component. */
    public static final WireObject<Deployment<PoliceCategory>, DeploymentParts<PoliceCategory>> POLICE_DEPLOYMENT =
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
            .optionalList(TOTALS, MILITARY_TOTAL, MilitaryComponent.Builder::addTotal, MilitaryComponent::totals)
            .build();
    /** A police component. */
    public static final WireObject<PoliceComponent, PoliceComponent.Builder> POLICE_COMPONENT = WireObject.of(
                    PoliceComponent.class, PoliceComponent::builder, PoliceComponent.Builder::build)
            .discriminator(TYPE, TYPE_NAMES, ComponentType.POLICE.typeName())
            .requiredList(DEPLOYMENTS, POLICE_DEPLOYMENT, PoliceComponent.Builder::addDeployment,
                    PoliceComponent::deployments)
            .optionalList(TOTALS, POLICE_TOTAL, PoliceComponent.Builder::addTotal, PoliceComponent::totals)
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

    /** An appointment to the leadership; {@code acting} and {@code designate} are written when true. */
    public static final WireObject<Appointment, Appointment.Builder> APPOINTMENT = WireObject.of(Appointment.class,
                    Appointment::builder, Appointment.Builder::build)
            .required(ROLE, ROLES, Appointment.Builder::role, Appointment::role)
            .required(NAME, TEXT, Appointment.Builder::name, Appointment::name)
            .required(NATIONALITY, COUNTRY, Appointment.Builder::nationality, Appointment::nationality)
            .required(START, PARTIAL_DATE, Appointment.Builder::start, Appointment::start)
            .optional(END, PARTIAL_DATE, Appointment.Builder::end, a -> a.end().orElse(null))
            .optionalBool(ACTING, false, Appointment.Builder::acting, Appointment::acting)
            .optionalBool(DESIGNATE, false, Appointment.Builder::designate, Appointment::designate)
            .build();

    // ---- diplomacy and resources: agreements, partners, links and names, budgets, fatalities

    /** The kinds of agreement. */
    public static final Constants<AgreementKind> AGREEMENT_KINDS = Constants.of(AgreementKind.values());
    /** The roles in an agreement. */
    public static final Constants<ParticipantRole> PARTICIPANT_ROLES = Constants.of(ParticipantRole.values());
    /** The organizations, by their acronyms. */
    public static final Constants<Organization> ORGANIZATIONS = Constants.of(Organization.values());
    /** The kinds of partnership. */
    public static final Constants<PartnershipKind> PARTNERSHIP_KINDS = Constants.of(PartnershipKind.values());
    /** The directions of a mission link. */
    public static final Constants<LinkKind> LINK_KINDS = Constants.of(LinkKind.values());
    /** The sources of funding. */
    public static final Constants<Funding> FUNDINGS = Constants.of(Funding.values());
    /** The categories of personnel of a fatality. */
    public static final Constants<FatalityCategory> FATALITY_CATEGORIES = Constants.of(FatalityCategory.values());
    /** The types of incident of a fatality. */
    public static final Constants<IncidentType> INCIDENT_TYPES = Constants.of(IncidentType.values());
    /** The genders of a fatality. */
    public static final Constants<Gender> GENDERS = Constants.of(Gender.values());
    /**
     * An amount of US dollars, exact to the cent, as a decimal string: {@code "582630000"}, {@code "1234.50"}.
     * Not a JSON number, which many readers (JavaScript's among them) turn into a binary double that
     * holds no amount of cents exactly.
     */
    public static final Value<UsdAmount> USD = new ParsedValue<>(UsdAmount::parse, UsdAmount::toString,
            "expected dollars as a decimal string, as in \"582630000\" or \"1234.50\"");

    /** A non-UN force: its {@code name}, {@code acronym} and the actors it is {@code ledBy}. */
    public static final WireObject<Force, Force.Builder> FORCE_OBJECT = WireObject.of(Force.class, Force::builder,
                    Force.Builder::build)
            .required(NAME, TEXT, Force.Builder::name, Force::name)
            .optional(ACRONYM, TEXT, Force.Builder::acronym, f -> f.acronym().orElse(null))
            .optionalList(LED_BY, new Deferred<>(() -> Format.ACTOR), Force.Builder::addLedBy, Force::ledBy)
            .build();

    /**
     * An actor: an object of exactly one field, naming its kind, {@code {"state": "RWA"}},
     * {@code {"organization": "OAU"}}, {@code {"group": "Rwandese Patriotic Front"}} or
     * {@code {"force": {...}}}.
     */
    public static final WireObject<Actor, ActorParts> ACTOR = WireObject.of(Actor.class, ActorParts::new,
                    ActorParts::build)
            .optional(STATE, COUNTRY, ActorParts::state,
                    a -> ActorParts.as(a, State.class).map(State::country).orElse(null))
            .optional(ORGANIZATION, ORGANIZATIONS, ActorParts::organization,
                    a -> ActorParts.as(a, Organization.class).orElse(null))
            .optional(GROUP, TEXT, ActorParts::group,
                    a -> ActorParts.as(a, Group.class).map(Group::name).orElse(null))
            .optional(FieldNames.FORCE, FORCE_OBJECT, ActorParts::force, a -> ActorParts.asForce(a).orElse(null))
            .build();

    /** A participant in an agreement: its {@code actor}, {@code role} and the {@code person} named for it. */
    public static final WireObject<Participant, ParticipantParts> PARTICIPANT = WireObject.of(Participant.class,
                    ParticipantParts::new, ParticipantParts::build)
            .required(FieldNames.ACTOR, ACTOR, ParticipantParts::actor, Participant::actor)
            .required(ROLE, PARTICIPANT_ROLES, ParticipantParts::role, Participant::role)
            .optional(PERSON, TEXT, ParticipantParts::person, p -> p.person().orElse(null))
            .build();

    /** A peace agreement or settlement proposal that the mission supports. */
    public static final WireObject<PeaceAgreement, PeaceAgreement.Builder> AGREEMENT = WireObject.of(
                    PeaceAgreement.class, PeaceAgreement::builder, PeaceAgreement.Builder::build)
            .required(NAME, TEXT, PeaceAgreement.Builder::name, PeaceAgreement::name)
            .optional(TITLE, TEXT, PeaceAgreement.Builder::title, p -> p.title().orElse(null))
            .required(KIND, AGREEMENT_KINDS, PeaceAgreement.Builder::kind, PeaceAgreement::kind)
            .required(DATE, DATE_VALUE, PeaceAgreement.Builder::date, PeaceAgreement::date)
            .optional(PLACE, TEXT, PeaceAgreement.Builder::place, p -> p.place().orElse(null))
            .optional(DOCUMENT, TEXT, PeaceAgreement.Builder::document, p -> p.document().orElse(null))
            .optionalInt(PAX_ID, PeaceAgreement.Builder::paxId, p -> IntField.orAbsent(p.paxId()))
            .requiredList(PARTICIPANTS, PARTICIPANT, PeaceAgreement.Builder::addParticipant,
                    PeaceAgreement::participants)
            .build();

    /** A relation of the mission with a partner. */
    public static final WireObject<Partnership, Partnership.Builder> PARTNERSHIP = WireObject.of(Partnership.class,
                    Partnership::builder, Partnership.Builder::build)
            .required(PARTNER, ACTOR, Partnership.Builder::partner, Partnership::partner)
            .required(KIND, PARTNERSHIP_KINDS, Partnership.Builder::kind, Partnership::kind)
            .optional(DATE, DATE_VALUE, Partnership.Builder::date, p -> p.date().orElse(null))
            .optional(FieldNames.RESOLUTION, RESOLUTION, Partnership.Builder::resolution,
                    p -> p.resolution().orElse(null))
            .optionalList(JOINT_ROLES, ROLES, Partnership.Builder::addJointRole, Partnership::jointRoles)
            .build();

    /**
     * An appropriation of the General Assembly: its {@code period} ({@code "2024-07-01/2025-06-30"}), its
     * {@code amount}, its {@code funding} and the {@code resolution} that made it.
     */
    public static final WireObject<Appropriation, Appropriation.Builder> APPROPRIATION = WireObject.of(
                    Appropriation.class, Appropriation::builder, Appropriation.Builder::build)
            .required(PERIOD, DATE_RANGE, Appropriation.Builder::period, Appropriation::period)
            .required(AMOUNT, USD, Appropriation.Builder::amount, Appropriation::amount)
            .required(FUNDING, FUNDINGS, Appropriation.Builder::funding, Appropriation::funding)
            .optional(FieldNames.RESOLUTION, RESOLUTION, Appropriation.Builder::resolution,
                    a -> a.resolution().orElse(null))
            .build();

    /**
     * A link to the mission before or after: {@code {"kind": "PREDECESSOR", "mission": "UNAVEM II",
     * "handOver": "1991-05-31"}}, the hand-over day optional.
     */
    public static final WireObject<MissionLink, LinkParts> MISSION_LINK = WireObject.of(MissionLink.class,
                    LinkParts::new, LinkParts::build)
            .required(KIND, LINK_KINDS, LinkParts::kind, MissionLink::kind)
            .required(FieldNames.MISSION, TEXT, LinkParts::mission, MissionLink::mission)
            .optional(HAND_OVER, DATE_VALUE, LinkParts::handOver, m -> m.handOver().orElse(null))
            .build();

    /** A mission: the document of the format. */
    public static final WireObject<Mission, Mission.Builder> MISSION = WireObject.of(Mission.class, Mission::builder,
                    Mission.Builder::build)
            .required(ACRONYM, TEXT, Mission.Builder::acronym, Mission::acronym)
            .required(NAME, TEXT, Mission.Builder::name, Mission::name)
            .requiredList(HOSTS, COUNTRY, Mission.Builder::addHost, Mission::hosts)
            .required(REGION, REGIONS, Mission.Builder::region, Mission::region)
            .required(ESTABLISHED, PARTIAL_DATE, Mission.Builder::established, Mission::established)
            .optional(OPERATIONS_ENDED, PARTIAL_DATE, Mission.Builder::operationsEnded,
                    m -> m.operationsEnded().orElse(null))
            .optional(CLOSED, PARTIAL_DATE, Mission.Builder::closed, m -> m.closed().orElse(null))
            .requiredList(MANDATES, MANDATE, Mission.Builder::addMandate, Mission::mandates)
            .optionalList(COMPONENTS, COMPONENT, Mission.Builder::addComponent, Mission::components)
            .optionalList(LEADERSHIP, APPOINTMENT, Mission.Builder::addAppointment, Mission::leadership)
            .optionalList(AGREEMENTS, AGREEMENT, Mission.Builder::addAgreement, Mission::agreements)
            .optionalList(PARTNERSHIPS, PARTNERSHIP, Mission.Builder::addPartnership, Mission::partnerships)
            .optionalList(LINKS, MISSION_LINK, Mission.Builder::addLink, Mission::links)
            .optionalList(ALIASES, TEXT, Mission.Builder::addAlias, Mission::aliases)
            .optionalList(BUDGETS, APPROPRIATION, Mission.Builder::addBudget, Mission::budgets)
            .build();

    /** A flat contribution record, one line of JSON Lines. */
    public static final WireObject<ContributionRecord, RecordParts> CONTRIBUTION_RECORD = WireObject.of(
                    ContributionRecord.class, RecordParts::new, RecordParts::record)
            .required(FieldNames.MISSION, TEXT, RecordParts::mission, ContributionRecord::mission)
            .required(CONTRIBUTOR, COUNTRY, RecordParts::contributor, r -> r.deployment().contributor())
            .required(CATEGORY, CATEGORIES, RecordParts::category, Format::category)
            .required(DATE, DATE_VALUE, RecordParts::date, r -> r.deployment().date())
            .requiredInt(TOTAL, RecordParts::total, r -> r.deployment().total())
            .optionalInt(FEMALE, RecordParts::female, r -> IntField.orAbsent(r.deployment().female()))
            .build();

    /** A fatality record, one line of JSON Lines, as the UN's fatality file has it. */
    public static final WireObject<Fatality, Fatality.Builder> FATALITY_RECORD = WireObject.of(Fatality.class,
                    Fatality::builder, Fatality.Builder::build)
            .required(CASUALTY_ID, TEXT, Fatality.Builder::casualtyId, Fatality::casualtyId)
            .required(FieldNames.MISSION, TEXT, Fatality.Builder::mission, Fatality::mission)
            .required(DATE, DATE_VALUE, Fatality.Builder::date, Fatality::date)
            .optional(NATIONALITY, COUNTRY, Fatality.Builder::nationality, f -> f.nationality().orElse(null))
            .required(CATEGORY, FATALITY_CATEGORIES, Fatality.Builder::category, Fatality::category)
            .required(INCIDENT_TYPE, INCIDENT_TYPES, Fatality.Builder::incidentType, Fatality::incidentType)
            .optional(GENDER, GENDERS, Fatality.Builder::gender, f -> f.gender().orElse(null))
            .build();

    // ---- mission profiles: a list of operations without their decisions, one JSON Lines record each

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
                    m -> m.operationsEnded().orElse(null))
            .optional(CLOSED, PARTIAL_DATE, MissionProfile.Builder::closed, m -> m.closed().orElse(null))
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

    private static <C extends PersonnelCategory> WireObject<Deployment<C>, DeploymentParts<C>> deployment(
            Constants<C> categories) {
        @SuppressWarnings("unchecked")
        Class<Deployment<C>> type = (Class<Deployment<C>>) (Class<?>) Deployment.class;
        return WireObject.of(type, DeploymentParts<C>::new, DeploymentParts<C>::build)
                .required(CONTRIBUTOR, COUNTRY, DeploymentParts<C>::contributor, Deployment<C>::contributor)
                .required(CATEGORY, categories, DeploymentParts<C>::category, Deployment<C>::category)
                .required(DATE, DATE_VALUE, DeploymentParts<C>::date, Deployment<C>::date)
                .requiredInt(TOTAL, DeploymentParts<C>::total, Deployment<C>::total)
                .optionalInt(FEMALE, DeploymentParts<C>::female, d -> IntField.orAbsent(d.female()))
                .build();
    }

    private static <C extends PersonnelCategory> WireObject<PersonnelTotal<C>, PersonnelTotal.Builder<C>> total(
            Constants<C> categories) {
        @SuppressWarnings("unchecked")
        Class<PersonnelTotal<C>> type = (Class<PersonnelTotal<C>>) (Class<?>) PersonnelTotal.class;
        return WireObject.of(type, PersonnelTotal::<C>builder, PersonnelTotal.Builder<C>::build)
                .required(CATEGORY, categories, PersonnelTotal.Builder<C>::category, PersonnelTotal<C>::category)
                .required(DATE, DATE_VALUE, PersonnelTotal.Builder<C>::date, PersonnelTotal<C>::date)
                .requiredInt(TOTAL, PersonnelTotal.Builder<C>::total, PersonnelTotal<C>::total)
                .optionalInt(FEMALE, PersonnelTotal.Builder<C>::female, p -> IntField.orAbsent(p.female()))
                .build();
    }

    /**
     * Returns the adoption a writer writes: none when it says only what the vote beside it says (a
     * resolution with a vote and no adoption was adopted by that vote), so that v1 documents are written
     * back as they were.
     */
    private static Optional<Adoption> adoptionToWrite(Resolution resolution) {
        Optional<Adoption> adoption = resolution.adoption();
        return adoption.isPresent() && adoption.get() == Adoption.VOTE && resolution.vote().isPresent()
                ? Optional.empty() : adoption;
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
