package io.github.peacekeeping.core;

/**
 * The names of the fields of the JSON wire format. The model's error messages, the validators'
 * paths and the JSON module all use these constants, so that an error says {@code female} where the
 * document says {@code "female"}. Accessors of the model carry the same names.
 *
 * <p>This class is immutable and thread-safe.
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

    private FieldNames() {
    }
}
