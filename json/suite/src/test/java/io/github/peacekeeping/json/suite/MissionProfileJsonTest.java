package io.github.peacekeeping.json.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.MissionProfile;
import io.github.peacekeeping.core.PartialDate;
import io.github.peacekeeping.core.Region;
import io.github.peacekeeping.core.lineage.LinkKind;
import io.github.peacekeeping.core.lineage.MissionLink;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mission profiles, one JSON Lines record each: exact lines, round trips, the schema, and errors with their
 * path, line and column. The facts: UNAVEM III, established by S/RES/976 (1995) of 8 February 1995, followed
 * by MONUA, operational as of 1 July 1997 (S/RES/1118 (1997) of 30 June 1997; both 15-0-0, Dag Hammarskjold
 * Library meeting table); UNAMIR's mandate ended on 8 March 1996 and it closed in April 1996, as the v2
 * reference document unamir-v2.json records.
 */
class MissionProfileJsonTest {

    private static final String UNAVEM_III = "{\"acronym\":\"UNAVEM III\",\"name\":\"United Nations Angola Verification"
            + " Mission III\",\"hosts\":[\"AGO\"],\"region\":\"AFRICA\",\"established\":\"1995-02-08\",\"closed\":"
            + "\"1997-06\",\"links\":[{\"kind\":\"PREDECESSOR\",\"mission\":\"UNAVEM II\"},{\"kind\":\"SUCCESSOR\","
            + "\"mission\":\"MONUA\",\"handOver\":\"1997-07-01\"}],\"aliases\":[\"UNAVEM\"]}";
    private static final String UNAMIR = "{\"acronym\":\"UNAMIR\",\"name\":\"United Nations Assistance Mission for"
            + " Rwanda\",\"hosts\":[\"RWA\"],\"region\":\"AFRICA\",\"established\":\"1993-10-05\",\"operationsEnded\":"
            + "\"1996-03-08\",\"closed\":\"1996-04\"}";

    private static MissionProfile unavemIII() {
        return MissionProfile.builder().acronym("UNAVEM III").name("United Nations Angola Verification Mission III")
                .addHost(CountryCode.of("AGO")).region(Region.AFRICA).established(LocalDate.of(1995, 2, 8))
                .closed(PartialDate.of(1997, 6))
                .addLink(MissionLink.of(LinkKind.PREDECESSOR, "UNAVEM II"))
                .addLink(MissionLink.of(LinkKind.SUCCESSOR, "MONUA", LocalDate.of(1997, 7, 1)))
                .addAlias("UNAVEM").build();
    }

    private static MissionProfile unamir() {
        return MissionProfile.builder().acronym("UNAMIR").name("United Nations Assistance Mission for Rwanda")
                .addHost(CountryCode.of("RWA")).region(Region.AFRICA).established(LocalDate.of(1993, 10, 5))
                .operationsEnded(LocalDate.of(1996, 3, 8)).closed(PartialDate.of(1996, 4)).build();
    }

    private static List<MissionProfile> read(String lines) throws IOException {
        return Wire.JSON.readProfiles(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void writesOneCompactLineEachInTheMissionsFieldOrder() {
        String lines = Wire.JSON.withPrettyPrinting().writeProfiles(List.of(unavemIII(), unamir()));

        assertThat(lines).isEqualTo(UNAVEM_III + "\n" + UNAMIR + "\n");
        Wire.assertValid(UNAVEM_III, "missionProfile");
        Wire.assertValid(UNAMIR, "missionProfile");
        assertThat(Wire.JSON.writeProfiles(List.of())).isEmpty();
    }

    @Test
    void readsWhatItWritesFromEverySource(@TempDir Path dir) throws IOException {
        List<MissionProfile> profiles = List.of(unavemIII(), unamir());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Wire.JSON.writeProfiles(profiles, bytes);
        Path file = dir.resolve("operations.jsonl");
        Wire.JSON.writeProfiles(profiles, file);

        assertThat(read(bytes.toString(StandardCharsets.UTF_8))).isEqualTo(profiles);
        assertThat(Wire.JSON.readProfiles(new StringReader("\n" + UNAVEM_III + "\n\n" + UNAMIR))).isEqualTo(profiles);
        assertThat(Wire.JSON.readProfiles(file)).isEqualTo(profiles);
        assertThat(Files.readString(file)).isEqualTo(UNAVEM_III + "\n" + UNAMIR + "\n");
    }

    @Test
    void aMapperWithTheModuleWritesAndReadsProfilesAndLinks() throws IOException {
        assertThat(Wire.write(unavemIII())).isEqualTo(UNAVEM_III);
        assertThat(Wire.read(UNAVEM_III, MissionProfile.class)).isEqualTo(unavemIII());
        MissionLink monua = MissionLink.of(LinkKind.SUCCESSOR, "MONUA", LocalDate.of(1997, 7, 1));
        assertThat(Wire.write(monua)).isEqualTo("{\"kind\":\"SUCCESSOR\",\"mission\":\"MONUA\",\"handOver\":\"1997-07-01\"}");
        assertThat(Wire.read("{\"mission\":\"MONUA\",\"kind\":\"SUCCESSOR\",\"handOver\":null}", MissionLink.class))
                .isEqualTo(MissionLink.of(LinkKind.SUCCESSOR, "MONUA"));
    }

    @Test
    void aRefusedValueGivesItsPathLineAndColumn() {
        JsonError e = Wire.error(() -> read(UNAMIR + "\n" + UNAVEM_III.replace("\"1995-02-08\"", "\"1997-07\"")));

        assertThat(e).hasMessage("Invalid value for closed: 1997-06 (must not be before established 1997-07) at closed"
                + " (line 2, column 148)");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void aBadLinkIsNamedByItsPath() {
        JsonError kind = Wire.error(() -> read(UNAVEM_III.replace("\"kind\":\"PREDECESSOR\"", "\"kind\":\"BEFORE\"")));
        assertThat(kind).hasMessage("Unknown value \"BEFORE\" for kind at links[0].kind (line 1, column 178);"
                + " expected one of: PREDECESSOR, SUCCESSOR");

        JsonError missing = Wire.error(() -> read(UNAVEM_III.replace("\"mission\":\"UNAVEM II\"", "\"handOver\":\"1995-02-08\"")));
        assertThat(missing).hasMessage("Missing value for mission (required) at links[0] (line 1, column 170)");

        JsonError self = Wire.error(() -> read(UNAVEM_III.replace("\"mission\":\"UNAVEM II\"", "\"mission\":\"UNAVEM III\"")));
        assertThat(self).hasMessage("Invalid value for links: \"PREDECESSOR UNAVEM III\" (a mission is not linked to"
                + " itself) at links (line 1, column 169)");
    }

    @Test
    void anAliasThatIsTheAcronymIsRefused() {
        JsonError e = Wire.error(() -> read(UNAVEM_III.replace("\"aliases\":[\"UNAVEM\"]", "\"aliases\":[\"UNAVEM III\"]")));

        assertThat(e).hasMessage("Invalid value for aliases: \"UNAVEM III\" (is the mission's acronym) at aliases"
                + " (line 1, column 289)");
    }

    @Test
    void recordsAreOneALine() {
        JsonError e = Wire.error(() -> read(UNAMIR + UNAMIR));

        assertThat(e).hasMessage("Expected a line break before the next record at $ (line 1, column 186)");
    }

    @Test
    void unknownFieldsAreRefusedOrIgnored() throws IOException {
        String withMandates = UNAMIR.replace("}", ",\"mandates\":[]}");

        assertThat(catchThrowable(() -> read(withMandates))).isInstanceOf(Wire.ERROR)
                .hasMessageStartingWith("Unknown field \"mandates\" at $ (line 1, column 186); expected one of: acronym,"
                        + " name, hosts, region, established, operationsEnded, closed, links, aliases");
        assertThat(Wire.JSON.withUnknownFieldsIgnored().readProfiles(new StringReader(withMandates)))
                .containsExactly(unamir());
    }

    @Test
    void theSchemaKnowsEveryLinkKindOfTheModel() throws IOException {
        List<String> kinds = new ArrayList<>();
        Wire.TREES.readTree(Wire.schemaText()).at("/$defs/missionLink/properties/kind/enum")
                .forEach(kind -> kinds.add(kind.asText()));

        assertThat(kinds).containsExactly(Arrays.stream(LinkKind.values()).map(Enum::name)
                .toArray(String[]::new));
    }

    @Test
    void theSchemaDescribesProfilesAndLinks() {
        assertThat(Wire.schemaErrors(UNAMIR.replace("\"1996-04\"", "\"1996-4\""), "missionProfile")).isNotEmpty();
        assertThat(Wire.schemaErrors(UNAMIR.replace("\"RWA\"", "\"RWA\",\"RWA\""), "missionProfile")).isNotEmpty();
        assertThat(Wire.schemaErrors(UNAVEM_III.replace("SUCCESSOR", "AFTER"), "missionProfile")).isNotEmpty();
        assertThat(Wire.schemaErrors(UNAVEM_III.replace("\"1997-07-01\"", "\"1997-07\""), "missionProfile")).isNotEmpty();
        assertThat(Wire.schemaErrors("{\"kind\":\"SUCCESSOR\",\"mission\":\"MONUA\",\"to\":\"x\"}", "missionLink")).isNotEmpty();
    }
}
