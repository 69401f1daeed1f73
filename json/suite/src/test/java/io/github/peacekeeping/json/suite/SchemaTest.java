package io.github.peacekeeping.json.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.peacekeeping.core.AuthorizingBody;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.LeadershipRole;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.MandateTask;
import io.github.peacekeeping.core.MilitaryCategory;
import io.github.peacekeeping.core.PersonnelCategory;
import io.github.peacekeeping.core.PoliceCategory;
import io.github.peacekeeping.core.Region;
import io.github.peacekeeping.core.actor.Organization;
import io.github.peacekeeping.core.agreement.AgreementKind;
import io.github.peacekeeping.core.agreement.ParticipantRole;
import io.github.peacekeeping.core.budget.Funding;
import io.github.peacekeeping.core.fatality.FatalityCategory;
import io.github.peacekeeping.core.fatality.Gender;
import io.github.peacekeeping.core.fatality.IncidentType;
import io.github.peacekeeping.core.lineage.LinkKind;
import io.github.peacekeeping.core.partner.PartnershipKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema in the jar: valid draft 2020-12, in step with the model's enums and country codes,
 * and refusing what the reader refuses wherever JSON Schema can express the rule. That every document
 * the writer produces is valid is checked where the tests write, by {@link Wire}.
 */
class SchemaTest {

    private static final ObjectMapper TREES = new ObjectMapper();

    @Test
    void isValidDraft202012() throws Exception {
        Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(metaSchema.validate(Wire.schemaText(), InputFormat.JSON)).isEmpty();
        JsonNode schema = TREES.readTree(Wire.schemaText());
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asText()).isEqualTo(Wire.SCHEMA_ID);
    }

    private static List<String> enumOf(String... path) throws Exception {
        JsonNode node = TREES.readTree(Wire.schemaText()).get("$defs");
        for (String step : path) {
            node = node.get(step);
        }
        List<String> values = new ArrayList<>();
        node.get("enum").forEach(value -> values.add(value.asText()));
        return values;
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).collect(Collectors.toList());
    }

    @Test
    void knowsEveryCountryCodeOfTheModel() throws Exception {
        assertThat(enumOf("countryCode"))
                .isEqualTo(CountryCode.values().stream().map(CountryCode::code).collect(Collectors.toList()));
    }

    @Test
    void knowsEveryConstantOfTheModel() throws Exception {
        assertThat(enumOf("mission", "properties", "region")).isEqualTo(names(Region.values()));
        assertThat(enumOf("resolution", "properties", "body")).isEqualTo(names(AuthorizingBody.values()));
        assertThat(enumOf("mandate", "properties", "actions", "items")).isEqualTo(names(MandateAction.values()));
        assertThat(enumOf("mandateTask")).isEqualTo(names(MandateTask.values()));
        assertThat(enumOf("appointment", "properties", "role")).isEqualTo(names(LeadershipRole.values()));
        assertThat(enumOf("militaryDeployment", "properties", "category")).isEqualTo(names(MilitaryCategory.values()));
        assertThat(enumOf("policeDeployment", "properties", "category")).isEqualTo(names(PoliceCategory.values()));
        assertThat(enumOf("deployment", "properties", "category"))
                .isEqualTo(PersonnelCategory.values().stream().map(PersonnelCategory::name).collect(Collectors.toList()));
    }

    @Test
    void knowsTheConstantsOfDiplomacyAndResources() throws Exception {
        assertThat(enumOf("agreement", "properties", "kind")).isEqualTo(names(AgreementKind.values()));
        assertThat(enumOf("participant", "properties", "role")).isEqualTo(names(ParticipantRole.values()));
        assertThat(enumOf("partnership", "properties", "kind")).isEqualTo(names(PartnershipKind.values()));
        assertThat(enumOf("partnership", "properties", "jointRoles", "items")).isEqualTo(names(LeadershipRole.values()));
        assertThat(enumOf("missionLink", "properties", "kind")).isEqualTo(names(LinkKind.values()));
        assertThat(enumOf("appropriation", "properties", "funding")).isEqualTo(names(Funding.values()));
        assertThat(enumOf("fatalityRecord", "properties", "category")).isEqualTo(names(FatalityCategory.values()));
        assertThat(enumOf("fatalityRecord", "properties", "incidentType")).isEqualTo(names(IncidentType.values()));
        JsonNode organization = TREES.readTree(Wire.schemaText()).get("$defs").get("actor").get("oneOf").get(1)
                .get("properties").get("organization");
        List<String> organizations = new ArrayList<>();
        organization.get("enum").forEach(value -> organizations.add(value.asText()));
        assertThat(organizations).isEqualTo(names(Organization.values()));
        JsonNode gender = TREES.readTree(Wire.schemaText()).get("$defs").get("fatalityRecord").get("properties")
                .get("gender").get("anyOf").get(0);
        List<String> genders = new ArrayList<>();
        gender.get("enum").forEach(value -> genders.add(value.asText()));
        assertThat(genders).isEqualTo(names(Gender.values()));
    }

    static Stream<Arguments> refusedByTheReader() {
        return ErrorsTest.CASES.stream().map(c -> Arguments.of(c[0], c[1]));
    }

    @ParameterizedTest
    @MethodSource("refusedByTheReader")
    void refusesWhatTheReaderRefusesWhereItCanExpressTheRule(String json, boolean expressible) {
        assertThat(catchThrowable(() -> Wire.JSON.readMission(json))).isInstanceOf(Wire.ERROR);

        List<String> errors = Wire.schemaErrors(json, null);

        if (expressible) {
            assertThat(errors).as("schema errors").isNotEmpty();
        } else {
            // Relations between values (female at most total) and duplicate keys, which a schema
            // validator never sees in the parsed tree, are beyond JSON Schema: only the reader refuses them.
            assertThat(errors).as("schema errors").isEmpty();
        }
    }

    @Test
    void describesContributionRecords() {
        String line = "{\"mission\":\"UNMIL\",\"contributor\":\"BGD\",\"category\":\"TROOPS\",\"date\":\"2011-06-30\","
                + "\"total\":1442,\"female\":6}";

        assertThat(Wire.schemaErrors(line, "contributionRecord")).isEmpty();
        assertThat(Wire.schemaErrors(line.replace("TROOPS", "MILITARY_OBSERVER"), "contributionRecord")).isNotEmpty();
        assertThat(Wire.schemaErrors(line.replace(",\"female\":6", ",\"source\":1"), "contributionRecord")).isNotEmpty();
    }

    @Test
    void refusesPaddedAndBlankTextAsTheModelDoes() {
        String mission = Wire.json(Samples.MINIMAL_MISSION);

        assertThat(Wire.schemaErrors(mission.replace("\"UNMIL\"", "\" UNMIL\""), null)).isNotEmpty();
        assertThat(Wire.schemaErrors(mission.replace("\"UNMIL\"", "\"UNMIL\\t\""), null)).isNotEmpty();
        assertThat(Wire.schemaErrors(mission.replace("\"UNMIL\"", "\"  \""), null)).isNotEmpty();
        assertThat(Wire.schemaErrors(mission.replace("\"UNMIL\"", "\"UN\\nMIL\""), null)).isEmpty();
        assertThat(Wire.schemaErrors(mission.replace("\"UNMIL\"", "\"\\u00a0UNMIL\""), null)).isEmpty();
    }

    @Test
    void refusesASessionForTheCouncilAndRequiresOneForTheAssembly() {
        String mission = Wire.json(Samples.MINIMAL_MISSION);

        assertThat(Wire.schemaErrors(mission.replace("\"number\":1509", "\"number\":1509,\"session\":\"58\""), null))
                .isNotEmpty();
        assertThat(Wire.schemaErrors(mission.replace("SECURITY_COUNCIL", "GENERAL_ASSEMBLY"), null)).isNotEmpty();
        assertThat(Wire.schemaErrors(mission.replace("SECURITY_COUNCIL", "GENERAL_ASSEMBLY")
                .replace("\"number\":1509", "\"number\":1509,\"session\":\"ES-I\""), null)).isEmpty();
    }

    @Test
    void refusesTwoComponentsOfOneType() {
        String mission = Wire.json(Samples.MINIMAL_MISSION.replace("'mandates'",
                "'components':[{'type':'police','deployments':[]},{'type':'police','deployments':[]}],'mandates'"));

        assertThat(catchThrowable(() -> Wire.JSON.readMission(mission))).isInstanceOf(Wire.ERROR);
        assertThat(Wire.schemaErrors(mission, null)).isNotEmpty();
    }
}
