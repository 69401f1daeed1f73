package io.github.peacekeeping.core;

/**
 * The names of the fields of the JSON wire format. The model's error messages, the validators'
 * paths and the JSON module all use these constants, so that an error says {@code female} where the
 * document says {@code "female"}. Accessors of the model carry the same names.
 */
public final class FieldNames {

    /** Mission: its acronym, e.g. "UNAMIR", "UNEF I". */
    public static final String ACRONYM = "acronym";
    /** Mission: its full name; Appointment: the holder's name. */
    public static final String NAME = "name";
    /** Mission: the host countries or territories. */
    public static final String HOSTS = "hosts";
    /** Mission: its region. */
    public static final String REGION = "region";
    /** Mission: the day it was established. */
    public static final String ESTABLISHED = "established";
    /** Mission: the day it closed. */
    public static final String CLOSED = "closed";
    /** Mission: the last day of the mandate's operations, when it then withdrew until it closed. */
    public static final String OPERATIONS_ENDED = "operationsEnded";
    /** Mission: the decisions that set its mandate. */
    public static final String MANDATES = "mandates";
    /** Mission: its components. */
    public static final String COMPONENTS = "components";
    /** Mission: its leadership appointments. */
    public static final String LEADERSHIP = "leadership";

    /** Mandate: the resolution that records the decision. */
    public static final String RESOLUTION = "resolution";
    /** Mandate: what the decision does. */
    public static final String ACTIONS = "actions";
    /** Mandate: the day the decision takes effect. */
    public static final String EFFECTIVE = "effective";
    /** Mandate: the last day of the mandate period the decision sets. */
    public static final String EXPIRES = "expires";
    /** Mandate: adopted under Chapter VII of the Charter. */
    public static final String CHAPTER_VII = "chapterVII";
    /** Mandate: the tasks from this decision on. */
    public static final String TASKS = "tasks";
    /** Mandate: the authorized ceilings this decision sets. */
    public static final String CEILINGS = "ceilings";
    /** Ceilings: military personnel. */
    public static final String MILITARY = "military";
    /** Ceilings: police personnel. */
    public static final String POLICE = "police";
    /** Ceilings: civilian personnel. */
    public static final String CIVILIAN = "civilian";

    /** Resolution: the body that adopted it. */
    public static final String BODY = "body";
    /** Resolution: its number. */
    public static final String NUMBER = "number";
    /** Resolution: the day it was adopted (for a draft that failed, the day of the vote). */
    public static final String ADOPTED = "adopted";
    /** Resolution: the General Assembly session, e.g. "ES-I". */
    public static final String SESSION = "session";
    /** Resolution: the recorded vote. */
    public static final String VOTE = "vote";
    /** Vote: affirmative votes. */
    public static final String YES = "yes";
    /** Vote: negative votes. */
    public static final String NO = "no";
    /** Vote: abstentions. */
    public static final String ABSTAIN = "abstain";
    /** Vote: the members that voted no. */
    public static final String AGAINST = "against";

    /** Resolution (wire format v2): how it was adopted, VOTE, WITHOUT_VOTE, CONSENSUS or PARTS. */
    public static final String ADOPTION = "adoption";
    /** Resolution (wire format v2): a procedural decision of the Security Council (Charter Article 27(2)). */
    public static final String PROCEDURAL = "procedural";
    /** Resolution (wire format v2): the parts voted on separately. */
    public static final String PARTS = "parts";
    /** Resolution part (wire format v2): its label, e.g. "B". */
    public static final String LABEL = "label";
    /** Vote (wire format v2): the members that did not take part, present or absent. */
    public static final String NOT_PARTICIPATING = "notParticipating";
    /** Mandate (wire format v2): the tasks the decision authorizes under Chapter VII. */
    public static final String CHAPTER_VII_TASKS = "chapterVIITasks";

    /** Component: its type, {@code military}, {@code police} or {@code civilian}. */
    public static final String TYPE = "type";
    /** Military or police component: the deployments of uniformed personnel. */
    public static final String DEPLOYMENTS = "deployments";
    /** Civilian component: the staffing reports. */
    public static final String STAFFING = "staffing";
    /** Deployment: the contributing country. */
    public static final String CONTRIBUTOR = "contributor";
    /** Deployment: the personnel category. */
    public static final String CATEGORY = "category";
    /** Deployment and civilian staffing: the reporting date. */
    public static final String DATE = "date";
    /** Deployment: all personnel. */
    public static final String TOTAL = "total";
    /** Deployment: women among them. */
    public static final String FEMALE = "female";
    /** Civilian staffing: international staff. */
    public static final String INTERNATIONAL = "international";
    /** Civilian staffing: national staff. */
    public static final String NATIONAL = "national";
    /** Civilian staffing: UN Volunteers. */
    public static final String VOLUNTEERS = "volunteers";

    /** Appointment: the leadership role. */
    public static final String ROLE = "role";
    /** Appointment: the holder's nationality. */
    public static final String NATIONALITY = "nationality";
    /** Appointment: the first day in office. */
    public static final String START = "start";
    /** Appointment: the last day in office. */
    public static final String END = "end";
    /** Appointment: an acting, not a full, appointment. */
    public static final String ACTING = "acting";
    /** Appointment: appointed before the mission was established. */
    public static final String DESIGNATE = "designate";

    /** Contribution record: the mission's acronym. */
    public static final String MISSION = "mission";
    /** Any field that holds a country code, where the field itself is not known. */
    public static final String COUNTRY_CODE = "countryCode";

    // Diplomacy and resources: agreements, partners, links and names, budgets, fatalities.

    /** Mission: the peace agreements it supports. */
    public static final String AGREEMENTS = "agreements";
    /** Mandate: the names of the mission's agreements this decision supports. */
    public static final String SUPPORTS = "supports";
    /** Peace agreement: its full title, as the text gives it. */
    public static final String TITLE = "title";
    /** Peace agreement: whether it was signed or proposed. */
    public static final String KIND = "kind";
    /** Peace agreement: where it was signed. */
    public static final String PLACE = "place";
    /** Peace agreement: the symbol of the UN document that records it, e.g. "S/12636". */
    public static final String DOCUMENT = "document";
    /** Peace agreement: its number in the PA-X Peace Agreements Database. */
    public static final String PAX_ID = "paxId";
    /** Peace agreement: its parties and third parties. */
    public static final String PARTICIPANTS = "participants";
    /** Participant: the person the record names for the actor (who signed, or who acted as or for a third party). */
    public static final String PERSON = "person";
    /** Actor: a state, by its country code. */
    public static final String STATE = "state";
    /** Actor: an international or regional organization. */
    public static final String ORGANIZATION = "organization";
    /** Actor: a named non-state group. */
    public static final String GROUP = "group";
    /** Actor: a non-UN force. */
    public static final String FORCE = "force";
    /** Participant: the actor that took part, one of {@code state}, {@code organization}, {@code group}, {@code force}. */
    public static final String ACTOR = "actor";
    /** Mission: its relations with partners. */
    public static final String PARTNERSHIPS = "partnerships";
    /** Partnership: the organization or force. */
    public static final String PARTNER = "partner";
    /** Force: the states or organizations that lead it. */
    public static final String LED_BY = "ledBy";
    /** Partnership: the leadership roles the UN and the partner fill jointly. */
    public static final String JOINT_ROLES = "jointRoles";
    /** Mission: its predecessor and successor missions. */
    public static final String LINKS = "links";
    /** Mission link: the first day of the later mission's responsibility. */
    public static final String HAND_OVER = "handOver";
    /** Mission: other names the UN's files use for it. */
    public static final String ALIASES = "aliases";
    /** Mission: the appropriations of the General Assembly for it. */
    public static final String BUDGETS = "budgets";
    /** Appropriation: the days it pays for. */
    public static final String PERIOD = "period";
    /** Appropriation: the amount in US dollars, gross. */
    public static final String AMOUNT = "amount";
    /** Appropriation: a special account or the regular budget. */
    public static final String FUNDING = "funding";
    /** Fatality record: the UN's identifier of the casualty. */
    public static final String CASUALTY_ID = "casualtyId";
    /** Fatality record: the type of incident. */
    public static final String INCIDENT_TYPE = "incidentType";
    /** Fatality record: the casualty's gender. */
    public static final String GENDER = "gender";

    // Wire format v2: authorized strength and mission-level totals.
    /** Mandate: the authorized maxima by personnel category this decision sets. */
    public static final String AUTHORIZED_STRENGTH = "authorizedStrength";
    /** Authorization: the personnel categories whose sum it caps. */
    public static final String CATEGORIES = "categories";
    /** Authorization: the authorized maximum. */
    public static final String MAXIMUM = "maximum";
    /** Authorization: the day it takes effect, when later than the decision's. */
    public static final String FROM = "from";
    /** Military or police component: the mission's figures by category, without the split by contributor. */
    public static final String TOTALS = "totals";

    private FieldNames() {
    }
}
