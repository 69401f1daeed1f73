package io.github.peacekeeping.json.suite;

import static io.github.peacekeeping.json.suite.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.Region;
import io.github.peacekeeping.core.Vote;
import io.github.peacekeeping.core.validation.MissionValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MissionJsonTest {

    @Test
    void writesEveryOptionalFieldWhenPresent() {
        assertThat(Wire.writeMission(Samples.fullMission())).isEqualTo(json(Samples.FULL_MISSION));
        assertThat(Wire.write(Samples.fullMission())).isEqualTo(json(Samples.FULL_MISSION));
    }

    @Test
    void leavesOutAbsentOptionalFieldsAndEmptyLists() {
        assertThat(Wire.writeMission(Samples.minimalMission())).isEqualTo(json(Samples.MINIMAL_MISSION));
    }

    @Test
    void roundTrips() throws IOException {
        assertThat(Wire.JSON.readMission(Wire.writeMission(Samples.fullMission()))).isEqualTo(Samples.fullMission());
        assertThat(Wire.JSON.readMission(Wire.writeMission(Samples.minimalMission())))
                .isEqualTo(Samples.minimalMission());
        assertThat(Wire.read(Wire.write(Samples.fullMission()), Mission.class)).isEqualTo(Samples.fullMission());
    }

    @Test
    void readsFieldsInAnyOrder() throws IOException {
        String reordered = json("{'mandates':[" + Samples.MINIMAL_MANDATE + "],'established':'2003-09-19',"
                + "'region':'AFRICA','hosts':['LBR'],'name':'United Nations Mission in Liberia','acronym':'UNMIL'}");

        assertThat(Wire.JSON.readMission(reordered)).isEqualTo(Samples.minimalMission());
    }

    @Test
    void readsNullAsAbsent() throws IOException {
        String nulls = json(Samples.MINIMAL_MISSION.replace("'mandates'",
                "'closed':null,'components':null,'leadership':null,'mandates'"));

        assertThat(Wire.JSON.readMission(nulls)).isEqualTo(Samples.minimalMission());
    }

    @Test
    void readsEmptyListsAsAbsent() throws IOException {
        String empty = json(Samples.MINIMAL_MISSION.replace("'mandates'", "'components':[],'leadership':[],'mandates'"));

        assertThat(Wire.JSON.readMission(empty)).isEqualTo(Samples.minimalMission());
    }

    @ParameterizedTest
    @EnumSource(Region.class)
    void roundTripsEveryRegion(Region region) throws IOException {
        Mission mission = Mission.builder().from(Samples.minimalMission()).region(region).build();

        String written = Wire.writeMission(mission);

        assertThat(written).contains("\"region\":\"" + region.name() + "\"");
        assertThat(Wire.JSON.readMission(written)).isEqualTo(mission);
    }

    @Test
    void readsFromEverySource(@TempDir Path dir) throws IOException {
        String text = json(Samples.FULL_MISSION);
        Path file = dir.resolve("unmil.json");
        Files.writeString(file, text);

        assertThat(Wire.JSON.readMission(new StringReader(text))).isEqualTo(Samples.fullMission());
        assertThat(Wire.JSON.readMission(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(Samples.fullMission());
        assertThat(Wire.JSON.readMission(file)).isEqualTo(Samples.fullMission());
    }

    @Test
    void writesToEveryTarget(@TempDir Path dir) throws IOException {
        StringWriter writer = new StringWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Path file = dir.resolve("unmil.json");

        Wire.JSON.writeMission(Samples.fullMission(), writer);
        Wire.JSON.writeMission(Samples.fullMission(), bytes);
        Wire.JSON.writeMission(Samples.fullMission(), file);

        assertThat(writer.toString()).isEqualTo(json(Samples.FULL_MISSION));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(json(Samples.FULL_MISSION));
        assertThat(Files.readString(file)).isEqualTo(json(Samples.FULL_MISSION));
    }

    @Test
    void readsAMissionWithValidationFindingsAndLeavesThemToTheValidator() throws IOException {
        // Three votes in favour cannot adopt a Council resolution: a finding, not a parse error.
        String fewVotes = json(Samples.MINIMAL_MISSION.replace("'adopted':'2003-09-19'}",
                "'adopted':'2003-09-19','vote':{'yes':3,'no':0,'abstain':12}}"));

        Mission mission = Wire.JSON.readMission(fewVotes);

        assertThat(mission.mandates().get(0).resolution().vote()).contains(Vote.of(3, 0, 12));
        assertThat(MissionValidator.validate(mission).findings())
                .anySatisfy(finding -> assertThat(finding.path()).startsWith("/mandates/0/resolution"));
    }

    @Test
    void theStandardInstanceIsSharedAndStrict() {
        Facade standard = Wire.JSON;

        assertThat(standard).isNotNull().isSameAs(Wire.JSON);
        assertThat(standard.writeMission(Samples.minimalMission())).isEqualTo(json(Samples.MINIMAL_MISSION));
        String unknownField = json(Samples.MINIMAL_MISSION.replace("'hosts'", "'notes':1,'hosts'"));
        assertThatThrownBy(() -> standard.readMission(unknownField))
                .isInstanceOf(Wire.ERROR).hasMessageStartingWith("Unknown field \"notes\"");
    }

    @Test
    void writesMissionsInsideOtherValuesOfAMapper() throws IOException {
        java.util.List<Mission> missions = java.util.List.of(Samples.fullMission(), Samples.minimalMission());

        String written = Wire.MAPPER.writeValueAsString(missions);

        assertThat(written).isEqualTo("[" + json(Samples.FULL_MISSION) + "," + json(Samples.MINIMAL_MISSION) + "]");
        assertThat(Wire.MAPPER.readMissions(written)).isEqualTo(missions);
    }

    @Test
    void refusesToWriteADateTheFormatCannotHold() {
        // The model refuses such a year for the mission's own dates; a decision's expiry may still hold one.
        Mission minimal = Samples.minimalMission();
        Mission farFuture = Mission.builder().from(minimal).mandates(java.util.List.of(Mandate.builder()
                .from(minimal.mandates().get(0)).expires(LocalDate.of(10_000, 1, 1)).build())).build();

        assertThatThrownBy(() -> Wire.JSON.writeMission(farFuture))
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for mandates[0].expires: +10000-01-01 (the wire format holds years 0 to 9999)");
    }

    @Test
    void writesPrettyWithTwoSpacesOneValueALine() {
        String pretty = Wire.JSON.withPrettyPrinting().writeMission(Samples.minimalMission());

        assertThat(pretty).isEqualTo(String.join("\n",
                "{",
                "  \"acronym\": \"UNMIL\",",
                "  \"name\": \"United Nations Mission in Liberia\",",
                "  \"hosts\": [",
                "    \"LBR\"",
                "  ],",
                "  \"region\": \"AFRICA\",",
                "  \"established\": \"2003-09-19\",",
                "  \"mandates\": [",
                "    {",
                "      \"resolution\": {",
                "        \"body\": \"SECURITY_COUNCIL\",",
                "        \"number\": 1509,",
                "        \"adopted\": \"2003-09-19\"",
                "      },",
                "      \"actions\": [",
                "        \"EXTEND\"",
                "      ],",
                "      \"effective\": \"2003-10-01\",",
                "      \"chapterVII\": false",
                "    }",
                "  ]",
                "}"));
    }
}
