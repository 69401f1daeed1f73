package io.github.peacekeeping.json.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.Mission;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Reading defects that an independent harness found, each refused or read as the README says now:
 * lone surrogates, byte order marks, repeated unknown fields, fields of a component that its type lacks,
 * messages of more than one line, echoed values of any length, and limits without a column.
 */
class ReadingDefectsTest {

    private static final String MINIMAL = Wire.json(Samples.MINIMAL_MISSION);

    @Test
    void aSurrogateWithoutItsPairIsRefusedWhenRead() {
        String lone = MINIMAL.replace("\"UNMIL\"", "\"UN\\ud800MIL\"");

        assertThat(Wire.error(() -> Wire.JSON.readMission(lone))).hasMessage("Invalid value for acronym:"
                + " \"UN\\ud800MIL\" (a surrogate without its pair is not Unicode text) at acronym (line 1, column 12)");
        String paired = MINIMAL.replace("\"UNMIL\"", "\"UN\\ud83c\\udf0dMIL\"");
        assertThat(Wire.JSON.readMission(paired).acronym()).isEqualTo("UN\ud83c\udf0dMIL");
    }

    @Test
    void aByteOrderMarkIsLeftOutOfTextAsOfBytes() throws Exception {
        String marked = "\uFEFF" + MINIMAL;

        assertThat(Wire.JSON.readMission(marked)).isEqualTo(Samples.minimalMission());
        assertThat(Wire.JSON.readMission(new StringReader(marked))).isEqualTo(Samples.minimalMission());
        assertThat(Wire.JSON.readMission(new ByteArrayInputStream(marked.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(Samples.minimalMission());
        assertThat(Wire.error(() -> Wire.JSON.readMission("\uFEFF\uFEFF" + MINIMAL)).problem())
                .startsWith("Unexpected character");
    }

    @Test
    void aRepeatedUnknownFieldIsRefusedEvenWhenUnknownFieldsAreIgnored() {
        String twice = MINIMAL.replace("\"hosts\"", "\"notes\":1,\"notes\":2,\"hosts\"");

        assertThat(Wire.error(() -> Wire.JSON.withUnknownFieldsIgnored().readMission(twice)))
                .hasMessage("Duplicate field \"notes\" at $ (line 1, column 73)");
        String once = MINIMAL.replace("\"hosts\"", "\"notes\":1,\"other\":2,\"hosts\"");
        assertThat(Wire.JSON.withUnknownFieldsIgnored().readMission(once)).isEqualTo(Samples.minimalMission());
    }

    @Test
    void aFieldThatAComponentsTypeLacksIsTreatedAlikeWhereverTheTypeIs() {
        String bad = "'deployments':[{'contributor':'XYZ'}]";
        String typeFirst = Wire.json(Samples.FULL_MISSION.replace("{'type':'civilian',",
                "{'type':'civilian'," + bad + ","));
        String typeLast = Wire.json(Samples.FULL_MISSION.replace("{'type':'civilian','staffing':[" + Samples.STAFFING + "]}",
                "{" + bad + ",'staffing':[" + Samples.STAFFING + "],'type':'civilian'}"));

        // Ignored unread in both orders: an unknown field of the type, not a deployment to check.
        assertThat(Wire.JSON.withUnknownFieldsIgnored().readMission(typeFirst)).isEqualTo(Samples.fullMission());
        assertThat(Wire.JSON.withUnknownFieldsIgnored().readMission(typeLast)).isEqualTo(Samples.fullMission());
        assertThat(Wire.error(() -> Wire.JSON.readMission(typeFirst)).problem()).isEqualTo("Unknown field \"deployments\"");
        assertThat(Wire.error(() -> Wire.JSON.readMission(typeLast)).problem()).isEqualTo("Unknown field \"deployments\"");
    }

    @Test
    void everyMessageIsOneLineWhateverTheInputHolds() {
        for (String breaking : new String[] {"\\n", "\\r", "\\u0085", "\\u2028", "\\u2029", "\\u000b"}) {
            String name = MINIMAL.replace("\"hosts\"", "\"no" + breaking + "tes\":1,\"hosts\"");
            String value = MINIMAL.replace("\"AFRICA\"", "\"AF" + breaking + "RICA\"");

            for (String json : new String[] {name, value}) {
                String message = Wire.error(() -> Wire.JSON.readMission(json)).getMessage();
                assertThat(message).as(json).doesNotContain("\n", "\r", "\u0085", "\u2028", "\u2029", "\u000b")
                        .contains("\\");
            }
        }
        assertThat(Wire.error(() -> Wire.JSON.readMission(MINIMAL.replace("\"AFRICA\"", "\"AF\\u2028RICA\""))))
                .hasMessageStartingWith("Unknown value \"AF\\u2028RICA\" for region at region (line 1, column 88)");
    }

    @Test
    void echoedValuesAreCut() {
        String code = "X".repeat(9_999);
        String json = MINIMAL.replace("\"LBR\"", "\"" + code + "\"");

        JsonError e = Wire.error(() -> Wire.JSON.readMission(json));

        assertThat(e).hasMessage("Invalid value for hosts: \"" + "X".repeat(60) + "...\" (expected three upper-case"
                + " letters of ISO 3166-1 alpha-3) at hosts[0] (line 1, column 72)");
        assertThat(e.coreCause()).isPresent();
        String name = "n".repeat(200);
        assertThat(Wire.error(() -> Wire.JSON.readMission(MINIMAL.replace("\"hosts\"", "\"" + name + "\":1,\"hosts\""))))
                .hasMessageStartingWith("Unknown field \"" + "n".repeat(60) + "...\" at $ (line 1, column 63)");
    }

    @Test
    void aValidDocumentFollowedByTooManySpacesIsOverTheLengthLimit() {
        JsonError e = HostileInputTest.refused(HostileInputTest.generated(MINIMAL, ' ', Wire.MAX_DOCUMENT_LENGTH, ""));

        assertThat(e.problem()).matches("Document length \\d+ exceeds the limit of 67108864");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isPositive();
    }

    @Test
    void aReaderOfMissionsIsNotFooledByAMissionInsideAUnknownField() {
        Mission read = Wire.JSON.withUnknownFieldsIgnored().readMission(MINIMAL.replace("\"hosts\"",
                "\"copy\":" + MINIMAL + ",\"hosts\""));

        assertThat(read).isEqualTo(Samples.minimalMission());
    }
}
