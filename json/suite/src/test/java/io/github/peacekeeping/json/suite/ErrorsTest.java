package io.github.peacekeeping.json.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.peacekeeping.core.MissingValueException;
import io.github.peacekeeping.core.PeacekeepingException;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One test per kind of error, each asserting the exact message, path, line and column. Every input is
 * the document below with one text replaced. The schema must refuse what the reader refuses, where it
 * can express the rule; {@link SchemaTest} checks that over {@link #CASES}.
 */
class ErrorsTest {

    /** The rule of a date that is not ISO 8601 to the day, the month or the year. */
    private static final String ANY_PRECISION = "expected an ISO 8601 date to the day, month or year: 1995-12-08, "
            + "1995-12 or 1995";

    static final String DOCUMENT = """
            {
              "acronym": "UNMIL",
              "name": "United Nations Mission in Liberia",
              "hosts": ["LBR"],
              "region": "AFRICA",
              "established": "2003-09-19",
              "mandates": [
                {
                  "resolution": {
                    "body": "SECURITY_COUNCIL",
                    "number": 1509,
                    "adopted": "2003-09-19",
                    "vote": {"yes": 15, "no": 0, "abstain": 0}
                  },
                  "actions": ["ESTABLISH"],
                  "effective": "2003-10-01",
                  "expires": "2004-09-19",
                  "chapterVII": true
                }
              ],
              "components": [
                {
                  "type": "military",
                  "deployments": [
                    {"contributor": "BGD", "category": "TROOPS", "date": "2011-06-30", "total": 1442, "female": 6}
                  ]
                }
              ]
            }
            """;

    /** The document with one text replaced; the text must occur exactly once. */
    static String with(String text, String replacement) {
        assertThat(DOCUMENT.indexOf(text)).as("where %s is", text).isNotNegative()
                .isEqualTo(DOCUMENT.lastIndexOf(text));
        return DOCUMENT.replace(text, replacement);
    }

    static JsonError refused(String json) {
        JsonError e = Wire.error(() -> Wire.JSON.readMission(json));
        assertThat(e).as("error reading %s", json).isNotNull();
        return e;
    }

    static void assertRefused(String json, String message, String path, int line, int column) {
        JsonError e = refused(json);
        assertThat(e).hasMessage(message);
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(column);
        assertThat(e.getMessage()).startsWith(e.problem()).contains(" at " + path + " (line " + line + ", column " + column + ")");
    }

    /** The inputs of this class that the reader refuses, with whether JSON Schema can express the rule. */
    static final List<Object[]> CASES = List.of(
            new Object[] {with("\"expires\"", "\"expiry\""), true},
            new Object[] {with("  \"name\": \"United Nations Mission in Liberia\",\n", ""), true},
            new Object[] {with("\"UNMIL\"", "null"), true},
            new Object[] {with("\"UNMIL\"", "12"), true},
            new Object[] {with("[\"LBR\"]", "\"LBR\""), true},
            new Object[] {with("\"TROOPS\"", "\"MILITARY_OBSERVER\""), true},
            new Object[] {with("\"TROOPS\"", "\"FORMED_POLICE_UNITS\""), true},
            new Object[] {with("\"AFRICA\"", "\"OCEANIA\""), true},
            new Object[] {with("\"BGD\"", "\"XYZ\""), true},
            new Object[] {with("\"2003-09-19\",\n  \"mandates\"", "\"2003-02-30\",\n  \"mandates\""), true},
            new Object[] {with("\"2003-09-19\",\n  \"mandates\"", "\"19 September 2003\",\n  \"mandates\""), true},
            new Object[] {with("1442", "1e10"), true},
            new Object[] {with("1442", "1442.5"), true},
            new Object[] {with("1442", "\"1442\""), true},
            new Object[] {with("\"female\": 6", "\"female\": 1443"), false},
            new Object[] {with("\"yes\": 15", "\"yes\": -1"), true},
            new Object[] {with("\"chapterVII\": true", "\"chapterVII\": \"true\""), true},
            new Object[] {with("\"acronym\": \"UNMIL\",", "\"acronym\": \"UNMIL\", \"acronym\": \"UNMIL\","), false},
            new Object[] {with("[\"LBR\"]", "[\"LBR\", null]"), true},
            new Object[] {with("[\"LBR\"]", "[\"LBR\", \"LBR\"]"), true},
            new Object[] {with("\"type\": \"military\"", "\"type\": \"army\""), true},
            new Object[] {with("\"SECURITY_COUNCIL\"", "\"GENERAL_ASSEMBLY\""), true},
            // wire format v2
            new Object[] {with("\"adopted\": \"2003-09-19\",\n", "\"adopted\": \"2003-09-19\", \"adoption\": \"WITHOUT_VOTE\",\n"), true},
            new Object[] {with("\"adopted\": \"2003-09-19\",\n", "\"adopted\": \"2003-09-19\", \"adoption\": \"UNANIMOUS\",\n"), true},
            new Object[] {with("\"vote\": {\"yes\": 15, \"no\": 0, \"abstain\": 0}", "\"adoption\": \"PARTS\""), true},
            new Object[] {with("\"vote\": {\"yes\": 15, \"no\": 0, \"abstain\": 0}",
                    "\"adoption\": \"PARTS\", \"parts\": [{\"chapterVII\": true}]"), true},
            new Object[] {with("\"chapterVII\": true", "\"chapterVII\": true, \"authorizedStrength\": "
                    + "[{\"categories\": [\"TROOPS\", \"TROOPS\"], \"maximum\": 5500}]"), true},
            new Object[] {with("\"established\": \"2003-09-19\"",
                    "\"established\": \"2003-09-19\", \"operationsEnded\": \"2018-13\""), true});

    @Test
    void errorsInATreeHaveAPathButNoLineOrColumn() throws Exception {
        JsonError e = Wire.error(() -> Wire.MAPPER.treeToValue(with("1442", "-1"), io.github.peacekeeping.core.Mission.class));

        assertThat(e).hasMessage("Invalid value for total: -1 (must not be negative) at components[0].deployments[0].total");
        assertThat(e.line()).isEqualTo(-1);
        assertThat(e.column()).isEqualTo(-1);
        assertThat(e.locationLine()).isEqualTo(-1);
        assertThat(e.pointer()).isEqualTo("/components/0/deployments/0/total");
    }

    @Test
    void unknownField() {
        assertRefused(with("\"expires\"", "\"expiry\""),
                "Unknown field \"expiry\" at mandates[0] (line 17, column 7); expected one of: resolution, actions,"
                        + " effective, expires, chapterVII, tasks, chapterVIITasks, ceilings, authorizedStrength, supports",
                "mandates[0]", 17, 7);
        assertThat(refused(with("\"expires\"", "\"expiry\"")).expected())
                .containsExactly("resolution", "actions", "effective", "expires", "chapterVII", "tasks",
                        "chapterVIITasks", "ceilings", "authorizedStrength", "supports");
    }

    @Test
    void unknownFieldIsSkippedWhenUnknownFieldsAreIgnored() throws Exception {
        String later = with("\"chapterVII\": true", "\"chapterVII\": true, \"notes\": {\"source\": [1, {\"a\": null}]}");

        assertThat(Wire.JSON.withUnknownFieldsIgnored().readMission(later)).isEqualTo(Wire.JSON.readMission(DOCUMENT));
        assertRefused(later, "Unknown field \"notes\" at mandates[0] (line 18, column 27); expected one of:"
                + " resolution, actions, effective, expires, chapterVII, tasks, chapterVIITasks, ceilings,"
                + " authorizedStrength, supports", "mandates[0]", 18, 27);
    }

    @Test
    void missingRequiredField() {
        assertRefused(with("  \"name\": \"United Nations Mission in Liberia\",\n", ""),
                "Missing value for name (required) at $ (line 1, column 1)", "$", 1, 1);
        assertRefused(with("\"adopted\": \"2003-09-19\",\n", ""),
                "Missing value for adopted (required) at mandates[0].resolution (line 9, column 21)",
                "mandates[0].resolution", 9, 21);
    }

    @Test
    void missingRequiredFieldsAreAllNamed() {
        assertRefused("{\"acronym\": \"UNMIL\"}",
                "Missing value for name, hosts, region, established, mandates (required) at $ (line 1, column 1)",
                "$", 1, 1);
    }

    @Test
    void nullForARequiredField() {
        assertRefused(with("\"UNMIL\"", "null"), "Missing value for acronym (required) at acronym (line 2, column 14)",
                "acronym", 2, 14);
    }

    @Test
    void nullElement() {
        JsonError e = refused(with("[\"LBR\"]", "[\"LBR\", null]"));

        assertThat(e).hasMessage("Invalid value for hosts: null element (elements must not be null) at hosts[1]"
                + " (line 4, column 20)");
        assertThat(e.pointer()).isEqualTo("/hosts/1");
    }

    @Test
    void wrongTokenType() {
        assertRefused(with("\"UNMIL\"", "12"), "Invalid value for acronym: 12 (expected a string) at acronym"
                + " (line 2, column 14)", "acronym", 2, 14);
        assertRefused(with("[\"LBR\"]", "\"LBR\""), "Invalid value for hosts: \"LBR\" (expected an array) at hosts"
                + " (line 4, column 12)", "hosts", 4, 12);
        assertRefused(with("\"chapterVII\": true", "\"chapterVII\": \"true\""), "Invalid value for chapterVII:"
                + " \"true\" (expected true or false) at mandates[0].chapterVII (line 18, column 21)",
                "mandates[0].chapterVII", 18, 21);
        assertRefused(with("\"vote\": {\"yes\": 15, \"no\": 0, \"abstain\": 0}", "\"vote\": [15, 0, 0]"),
                "Invalid value for vote: [...] (expected an object) at mandates[0].resolution.vote (line 13, column 17)",
                "mandates[0].resolution.vote", 13, 17);
        assertRefused("[" + DOCUMENT + "]", "Invalid value: [...] (expected an object) at $ (line 1, column 1)",
                "$", 1, 1);
    }

    @Test
    void unknownEnumValue() {
        JsonError e = refused(with("\"TROOPS\"", "\"MILITARY_OBSERVER\""));

        assertThat(e).hasMessage("Unknown value \"MILITARY_OBSERVER\" for category at"
                + " components[0].deployments[0].category (line 25, column 44); expected one of: TROOPS,"
                + " STAFF_OFFICERS, EXPERTS_ON_MISSION");
        assertThat(e.pointer()).isEqualTo("/components/0/deployments/0/category");
        assertRefused(with("\"AFRICA\"", "\"OCEANIA\""), "Unknown value \"OCEANIA\" for region at region"
                + " (line 5, column 13); expected one of: AFRICA, AMERICAS, ASIA_PACIFIC, EUROPE, MIDDLE_EAST",
                "region", 5, 13);
        assertRefused(with("\"type\": \"military\"", "\"type\": \"army\""), "Unknown value \"army\" for type at"
                + " components[0].type (line 23, column 15); expected one of: military, police, civilian",
                "components[0].type", 23, 15);
    }

    @Test
    void categoryOfAnotherComponent() {
        assertRefused(with("\"TROOPS\"", "\"FORMED_POLICE_UNITS\""), "Unknown value \"FORMED_POLICE_UNITS\" for"
                + " category at components[0].deployments[0].category (line 25, column 44); expected one of: TROOPS,"
                + " STAFF_OFFICERS, EXPERTS_ON_MISSION", "components[0].deployments[0].category", 25, 44);
    }

    @Test
    void categoryOfAnotherComponentWhenTheTypeComesLast() {
        String typeLast = with("\"type\": \"military\",\n      \"deployments\": [\n        {\"contributor\": \"BGD\","
                + " \"category\": \"TROOPS\", \"date\": \"2011-06-30\", \"total\": 1442, \"female\": 6}\n      ]",
                "\"deployments\": [\n        {\"contributor\": \"BGD\", \"category\": \"FORMED_POLICE_UNITS\","
                        + " \"date\": \"2011-06-30\", \"total\": 1442, \"female\": 6}\n      ],\n      \"type\": \"military\"");

        assertRefused(typeLast, "Unknown value \"FORMED_POLICE_UNITS\" for category at"
                + " components[0].deployments[0].category (line 24, column 44); expected one of: TROOPS,"
                + " STAFF_OFFICERS, EXPERTS_ON_MISSION", "components[0].deployments[0].category", 24, 44);
    }

    @Test
    void unknownCountryCode() {
        JsonError e = refused(with("\"BGD\"", "\"XYZ\""));

        assertThat(e).hasMessage("Invalid value for contributor: \"XYZ\" (not an ISO 3166-1 alpha-3 code, XKX or a"
                + " former ISO 3166-3 code) at components[0].deployments[0].contributor (line 25, column 25)");
        assertThat(e.coreCause()).get().isInstanceOf(PeacekeepingException.class);
        assertRefused(with("[\"LBR\"]", "[\"lbr\"]"), "Invalid value for hosts: \"lbr\" (not an ISO 3166-1"
                + " alpha-3 code, XKX or a former ISO 3166-3 code) at hosts[0] (line 4, column 13)", "hosts[0]", 4, 13);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"2003-02-30\"        | \"2003-02-30\"        | day must be 1 to 28 in 2003-02",
        "\"2003-13-01\"        | \"2003-13-01\"        | month must be 1 to 12",
        "\"19 September 2003\" | \"19 September 2003\" | " + ANY_PRECISION,
        "\"2003-9-19\"         | \"2003-9-19\"         | " + ANY_PRECISION,
        "20030919            | 20030919            | " + ANY_PRECISION,
        "\"2o03-09-19\"        | \"2o03-09-19\"        | " + ANY_PRECISION})
    void badDate(String date, String shown, String rule) {
        // A mission's dates may be known to the day, the month or the year (wire format v2).
        assertRefused(with("\"2003-09-19\",\n  \"mandates\"", date + ",\n  \"mandates\""),
                "Invalid value for established: " + shown + " (" + rule + ")"
                        + " at established (line 6, column 18)", "established", 6, 18);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1e10        | 1e10",
        "1442.5      | 1442.5",
        "\"1442\"      | \"1442\"",
        "2147483648  | 2147483648",
        "-2147483649 | -2147483649"})
    void numberOutOfRange(String number, String shown) {
        assertRefused(with("1442", number), "Invalid value for total: " + shown + " (expected an integer from"
                + " -2147483648 to 2147483647) at components[0].deployments[0].total (line 25, column 85)",
                "components[0].deployments[0].total", 25, 85);
    }

    @Test
    void valueTheModelRefuses() {
        JsonError e = refused(with("\"female\": 6", "\"female\": 1443"));

        assertThat(e).hasMessage("Invalid value for female: 1443 (must not exceed total 1442) at"
                + " components[0].deployments[0].female (line 25, column 101)");
        assertThat(e.path()).isEqualTo("components[0].deployments[0].female");
        assertThat(e.pointer()).isEqualTo("/components/0/deployments/0/female");
        assertThat(e.coreCause()).get().extracting(PeacekeepingException::field).isEqualTo("female");
        assertRefused(with("\"yes\": 15", "\"yes\": -1"), "Invalid value for yes: -1 (must not be negative) at"
                + " mandates[0].resolution.vote.yes (line 13, column 25)", "mandates[0].resolution.vote.yes", 13, 25);
        assertRefused(with("[\"LBR\"]", "[\"LBR\", \"LBR\"]"), "Invalid value for hosts: [LBR, LBR] (must not"
                + " repeat LBR) at hosts (line 4, column 12)", "hosts", 4, 12);
        assertRefused(with("\"UNMIL\"", "\" UNMIL\""), "Invalid value for acronym: \" UNMIL\" (must not start or end"
                + " with blanks) at acronym (line 2, column 14)", "acronym", 2, 14);
    }

    @Test
    void valueTheModelRefusesForAFieldTheObjectLacks() {
        JsonError e = refused(with("\"SECURITY_COUNCIL\"", "\"GENERAL_ASSEMBLY\""));

        assertThat(e).hasMessage("Missing value for session (required) at mandates[0].resolution (line 9, column 21)");
        assertThat(e.coreCause()).get().isInstanceOf(MissingValueException.class);
    }

    @Test
    void duplicateField() {
        assertRefused(with("\"acronym\": \"UNMIL\",", "\"acronym\": \"UNMIL\", \"acronym\": \"UNMIL\","),
                // the start of the repeated name
                "Duplicate field \"acronym\" at $ (line 2, column 23)", "$", 2, 23);
    }

    @Test
    void duplicateFieldWhereTheReaderForesawIt() {
        // After "acronym" the reader expects "name", the field declared next, and the parser matches it
        // without a lookup: a name read already is still refused, and still at its start.
        assertRefused(with("\"acronym\": \"UNMIL\",", "\"name\": \"UNMIL\", \"acronym\": \"UNMIL\","),
                "Duplicate field \"name\" at $ (line 3, column 3)", "$", 3, 3);
    }

    @Test
    void aRefusalNamingAFieldTheObjectLacksPointsAtTheObjectNotAtAnEarlierOnesField() {
        // The first resolution has a session; the second, of the same level, lacks one: the error is at the
        // second resolution, not where the first one's session was.
        String mandate = DOCUMENT.substring(DOCUMENT.indexOf("    {\n      \"resolution\""),
                DOCUMENT.indexOf("\n  ],\n  \"components\""));
        String withSession = mandate.replace("\"SECURITY_COUNCIL\",", "\"GENERAL_ASSEMBLY\", \"session\": \"58\",");
        String withoutSession = mandate.replace("\"SECURITY_COUNCIL\"", "\"GENERAL_ASSEMBLY\"");
        String json = DOCUMENT.replace(mandate, withSession + ",\n" + withoutSession);

        assertRefused(json, "Missing value for session (required) at mandates[1].resolution (line 21, column 21)",
                "mandates[1].resolution", 21, 21);
    }

    @Test
    void fieldsOutOfTheirDeclaredOrderReadAsInIt() throws IOException {
        // Each name the reader foresees wrongly is looked up instead: every order reads the same mission.
        String reordered = with("\"acronym\": \"UNMIL\",", "").replace("\"established\": \"2003-09-19\",",
                "\"established\": \"2003-09-19\", \"acronym\": \"UNMIL\",");
        assertThat(Wire.JSON.readMission(reordered)).isEqualTo(Wire.JSON.readMission(DOCUMENT));
    }

    /**
     * A one-line document with every object of the format: the full UNMIL sample, its first resolution
     * with a vote against.
     */
    static final String FULL = Wire.json(Samples.FULL_MISSION.replaceFirst("'adopted':'2003-09-19'}",
            "'adopted':'2003-09-19','vote':{'yes':13,'no':1,'abstain':1,'against':['RUS']}}"));

    /** FULL with the first occurrence of a text replaced. */
    static String full(String text, String replacement) {
        String target = Wire.json(text);
        int at = FULL.indexOf(target);
        assertThat(at).as("where %s is", target).isNotNegative();
        return FULL.substring(0, at) + Wire.json(replacement) + FULL.substring(at + target.length());
    }

    /** The column, from 1, of the first occurrence of a text in a one-line document. */
    static int columnOf(String json, String text) {
        int at = json.indexOf(Wire.json(text));
        assertThat(at).as("where %s is", text).isNotNegative();
        return at + 1;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // replaced                    | by                 | missing       | path of the object          | its start
        "'region':'AFRICA',            | \"\"                 | region        | $                           | {'acronym'",
        "'effective':'2003-10-01',     | \"\"                 | effective     | mandates[0]                 | {'resolution'",
        "'number':1509,                | \"\"                 | number        | mandates[0].resolution      | {'body'",
        "'abstain':1,                  | \"\"                 | abstain       | mandates[0].resolution.vote | {'yes'",
        "'total':1442,                 | \"\"                 | total         | components[0].deployments[0] | {'contributor':'BGD'",
        "'international':473,          | \"\"                 | international | components[2].staffing[0]   | {'date':'2011-06-30','n",
        "'nationality':'USA',          | \"\"                 | nationality   | leadership[0]               | {'role':'HEAD",
        "'type':'military',            | \"\"                 | type          | components[0]               | {'deployments'",
        "'type':'police','deployments' | 'type':'police','x' | deployments  | components[1]               | {'type':'police'",
        "'type':'civilian','staffing'  | 'type':'civilian','x' | staffing   | components[2]               | {'type':'civilian'"})
    void everyRequiredFieldOfEveryObject(String replaced, String by, String missing, String path, String objectStart)
            throws Exception {
        // A list is made an unknown field, which is ignored: the list is missing.
        String json = full(replaced, by);

        JsonError e = Wire.error(() -> Wire.JSON.withUnknownFieldsIgnored().readMission(json));

        int column = columnOf(json, objectStart);
        assertThat(e).hasMessage("Missing value for " + missing + " (required) at " + path + " (line 1, column "
                + column + ")");
        assertThat(e.column()).isEqualTo(column);
        // The JSON is at fault, not a rule of the model.
        assertThat(e.coreCause()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // the object emptied            | path of the object           | its required fields
        "{'acronym'                      | $                       | acronym, name, hosts, region, established, mandates",
        "{'resolution'                   | mandates[0]                  | resolution, actions, effective, chapterVII",
        "{'body'                         | mandates[0].resolution       | body, number, adopted",
        "{'yes'                          | mandates[0].resolution.vote  | yes, no, abstain",
        "{'contributor':'BGD'            | components[0].deployments[0] | contributor, category, date, total",
        "{'date':'2011-06-30','international' | components[2].staffing[0] | date, international, national, volunteers",
        "{'role':'HEAD                   | leadership[0]                | role, name, nationality, start"})
    void everyMissingRequiredFieldIsNamed(String start, String path, String fields) {
        // The model would name only the first field it checks.
        String json = fullWithReplaced(start, "{}");

        // The JSON is at fault, not a rule of the model.
        assertThat(refused(json).coreCause()).isEmpty();
        assertRefused(json, "Missing value for " + fields + " (required) at " + path + " (line 1, column "
                + (path.equals("$") ? 1 : columnOf(json, "{}")) + ")", path, 1, path.equals("$") ? 1 : columnOf(json, "{}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // inserted before                 | path of the object           | the fields of the object
        "'acronym'                         | $                            | acronym, name, hosts, region, established,"
                + " operationsEnded, closed, mandates, components, leadership, agreements, partnerships, links,"
                + " aliases, budgets",
        "'resolution'                      | mandates[0]                  | resolution, actions, effective, expires,"
                + " chapterVII, tasks, chapterVIITasks, ceilings, authorizedStrength, supports",
        "'body'                            | mandates[0].resolution       | body, number, adopted, session, adoption,"
                + " procedural, vote, parts",
        "'yes'                             | mandates[0].resolution.vote  | yes, no, abstain, against, notParticipating",
        "'military':15000                  | mandates[0].ceilings         | military, police, civilian",
        "'contributor':'BGD'               | components[0].deployments[0] | contributor, category, date, total, female",
        "'date':'2011-06-30','international' | components[2].staffing[0]  | date, international, national, volunteers",
        "'role':'HEAD                      | leadership[0]                | role, name, nationality, start, end, acting, designate",
        // an unknown field before the type: the type is read first all the same, so its fields are named
        "'type':'military'                 | components[0]                | type, deployments, totals",
        "'deployments':[{'contributor':'BGD' | components[0]              | type, deployments, totals",
        "'deployments':[{'contributor':'IND' | components[1]              | type, deployments, totals",
        "'staffing'                        | components[2]                | type, staffing"})
    void anUnknownFieldInEveryObject(String before, String path, String fields) throws Exception {
        String json = full(before, "'notes':1," + before);

        JsonError e = refused(json);

        assertThat(e).hasMessage("Unknown field \"notes\" at " + path + " (line 1, column " + columnOf(json, "'notes'")
                + "); expected one of: " + fields);
        assertThat(e.expected()).containsExactly(fields.split(", "));
        assertThat(Wire.JSON.withUnknownFieldsIgnored().readMission(json)).isEqualTo(Wire.JSON.readMission(FULL));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // field        | array replaced                               | path
        "hosts          | ['LBR']                                      | hosts",
        "mandates       | [{'resolution'                               | mandates",
        "actions        | ['ESTABLISH']                                | mandates[0].actions",
        "tasks          | ['CEASEFIRE_MONITORING','PROTECTION_OF_CIVILIANS'] | mandates[0].tasks",
        "against        | ['RUS']                                      | mandates[0].resolution.vote.against",
        "components     | [{'type'                                     | components",
        "deployments    | [{'contributor':'BGD'                        | components[0].deployments",
        "deployments    | [{'contributor':'IND'                        | components[1].deployments",
        "staffing       | [{'date':'2011-06-30','international'        | components[2].staffing",
        "leadership     | [{'role'                                     | leadership"})
    void aStringWhereAnArrayIsRequired(String field, String array, String path) {
        // The whole array goes when its start is replaced and its end made part of the string.
        String json = array.endsWith("]") ? full(array, "'x'") : fullWithArrayReplaced(array);

        assertRefused(json, "Invalid value for " + field + ": \"x\" (expected an array) at " + path
                + " (line 1, column " + columnOf(json, "'x'") + ")", path, 1, columnOf(json, "'x'"));
    }

    /** FULL with the array that starts with a text replaced by the string "x". */
    private static String fullWithArrayReplaced(String start) {
        return fullWithReplaced(start, "'x'");
    }

    /** FULL with the array or object that starts with a text replaced. */
    private static String fullWithReplaced(String start, String replacement) {
        int from = FULL.indexOf(Wire.json(start));
        assertThat(from).as("where %s is", start).isNotNegative();
        int depth = 0;
        int to = from;
        do {
            char c = FULL.charAt(to++);
            depth += c == '[' || c == '{' ? 1 : c == ']' || c == '}' ? -1 : 0;
        } while (depth > 0);
        return FULL.substring(0, from) + Wire.json(replacement) + FULL.substring(to);
    }

    @Test
    void anObjectWhereANumberIsRequired() {
        String json = full("'total':1442", "'total':{'a':1}");

        assertRefused(json, "Invalid value for total: {...} (expected an integer from -2147483648 to 2147483647) at"
                + " components[0].deployments[0].total (line 1, column " + columnOf(json, "{'a'") + ")",
                "components[0].deployments[0].total", 1, columnOf(json, "{'a'"));
    }

    @Test
    void longValuesAreCutInMessages() {
        String sixty = "A".repeat(60);

        assertThat(refused(full("'AFRICA'", "'" + sixty + "'")).problem())
                .isEqualTo("Unknown value \"" + sixty + "\" for region");
        assertThat(refused(full("'AFRICA'", "'" + sixty + "B'")).problem())
                .isEqualTo("Unknown value \"" + sixty + "...\" for region");
        assertThat(refused(full("'AFRICA'", "'\\u0001\\t\\\\\\\"'")).problem())
                .isEqualTo("Unknown value \"\\u0001\\t\\\\\\\"\" for region");
    }

    @Test
    void aDuplicateFieldFoundByTheMappersParser() {
        // The mapper's parser detects duplicates itself, before the module's readers.
        JsonError e = Wire.error(() -> Wire.MAPPER.readValue("{\"yes\": 1,\n \"yes\": 2}", io.github.peacekeeping.core.Vote.class));

        assertThat(e).hasMessage("Duplicate field \"yes\" at $ (line 2, column 7)");
        assertThat(e.getCause()).matches(Wire::isJackson, "Jackson's parser's exception");
    }

    @Test
    void theExceptionKeepsItsMessageThroughAnObjectMapper() {
        JsonError e = Wire.error(() -> Wire.MAPPER.readValue(with("\"female\": 6", "\"female\": 1443"), io.github.peacekeeping.core.Mission.class));

        assertThat(e).hasMessage("Invalid value for female: 1443 (must not exceed total 1442) at"
                + " components[0].deployments[0].female (line 25, column 101)");
        assertThat(e.locationLine()).isEqualTo(25);
        assertThat(e.locationColumn()).isEqualTo(101);
        assertThat(e.original().toString()).isEqualTo(Wire.ERROR.getName() + ": " + e.getMessage());
        assertThat(e.original().getLocalizedMessage()).isEqualTo(e.getMessage());
    }
}
