package io.github.peacekeeping.json.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.json.jackson3.PeacekeepingJson;
import io.github.peacekeeping.json.jackson3.PeacekeepingJsonException;
import io.github.peacekeeping.json.jackson3.PeacekeepingModule;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/** What is particular to the Jackson 3 binding: its module, its registration and its mapper. */
class ModuleTest {

    private static final JsonMapper MAPPER = PeacekeepingJson.newObjectMapper();

    @Test
    void findAndAddModulesFindsIt() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

        assertThat(mapper.registeredModules()).hasAtLeastOneElementOfType(PeacekeepingModule.class);
        assertThat(mapper.readValue(Wire.json(Samples.FULL_MISSION), Mission.class)).isEqualTo(Samples.fullMission());
        assertThat(mapper.writeValueAsString(Samples.fullMission())).isEqualTo(Wire.json(Samples.FULL_MISSION));
    }

    @Test
    void theServiceLoaderProvidesIt() {
        assertThat(MapperBuilder.findModules()).hasAtLeastOneElementOfType(PeacekeepingModule.class);
    }

    @Test
    void theJarDeclaresItForTheClassPathToo() throws Exception {
        try (InputStream in = PeacekeepingModule.class.getModule()
                .getResourceAsStream("META-INF/services/tools.jackson.databind.JacksonModule")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
                    .isEqualTo(PeacekeepingModule.class.getName());
        }
    }

    // PIT runs the tests on the class path, where no module descriptor exists: its configuration
    // leaves out this tag.
    @Tag("module-path")
    @Test
    void theModuleDescriptorProvidesItAndExportsTheApiOnly() {
        java.lang.Module module = PeacekeepingModule.class.getModule();
        assertThat(module.isNamed()).as("tests run on the module path").isTrue();
        ModuleDescriptor descriptor = module.getDescriptor();

        assertThat(descriptor.name()).isEqualTo("io.github.peacekeeping.json.jackson3");
        assertThat(descriptor.provides()).anySatisfy(provides -> {
            assertThat(provides.service()).isEqualTo(JacksonModule.class.getName());
            assertThat(provides.providers()).containsExactly(PeacekeepingModule.class.getName());
        });
        assertThat(descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toList()))
                .containsExactly("io.github.peacekeeping.json.jackson3");
        assertThat(descriptor.opens()).isEmpty();
        // The description of the format is exported to the two bindings only.
        java.lang.Module format = module.getLayer().findModule("io.github.peacekeeping.json.internal").orElseThrow();
        assertThat(format.getDescriptor().exports()).allSatisfy(exports -> assertThat(exports.targets())
                .containsExactlyInAnyOrder("io.github.peacekeeping.json", "io.github.peacekeeping.json.jackson3"));
    }

    @Test
    void itHasTheVersionOfTheBuild() {
        PeacekeepingModule module = new PeacekeepingModule();

        assertThat(module.version().getGroupId()).isEqualTo("io.github.peacekeeping");
        assertThat(module.version().getArtifactId()).isEqualTo("peacekeeping-json-jackson3");
        assertThat(module.version().isUnknownVersion()).isFalse();
        assertThat(module.getModuleName()).isEqualTo("PeacekeepingModule");
    }

    @Test
    void polymorphicTypingByClassNameIsRefused() {
        JsonMapper typing = PeacekeepingJson.newObjectMapper().rebuild().activateDefaultTyping(
                BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(),
                DefaultTyping.NON_FINAL_AND_ENUMS).build();

        assertThat(catchThrowable(() -> typing.readValue(
                "[\"io.github.peacekeeping.core.ImmutableMission\"," + Wire.json(Samples.FULL_MISSION) + "]",
                Mission.class)))
                .isInstanceOf(DatabindException.class);
    }

    @Test
    void writesACategoryDeclaredAsAPersonnelCategory() {
        assertThat(MAPPER.writerFor(io.github.peacekeeping.core.PersonnelCategory.class)
                .writeValueAsString(io.github.peacekeeping.core.PoliceCategory.FORMED_POLICE_UNITS))
                .isEqualTo("\"FORMED_POLICE_UNITS\"");
    }

    @Test
    void aPlainMapperStillRefusesDuplicateFields() {
        JsonMapper plain = JsonMapper.builder().addModule(new PeacekeepingModule()).build();

        PeacekeepingJsonException e = catchThrowableOfType(PeacekeepingJsonException.class, () -> plain.readValue(
                Wire.json(Samples.MINIMAL_MISSION.replace("'hosts'", "'name':'UNMIL','hosts'")), Mission.class));

        assertThat(e).hasMessage("Duplicate field \"name\" at $ (line 1, column 63)");
    }

    @Test
    void aMapperIgnoresUnknownFieldsWhenToldTo() {
        JsonMapper lenient = PeacekeepingJson.newObjectMapper().rebuild()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

        assertThat(lenient.readValue(Wire.json(Samples.MINIMAL_MISSION.replace("'hosts'", "'notes':[{}],'hosts'")),
                Mission.class)).isEqualTo(Samples.minimalMission());
    }

    @Test
    void aProblemHandlerIsAskedAboutUnknownFields() {
        List<String> asked = new ArrayList<>();
        JsonMapper handled = PeacekeepingJson.newObjectMapper().rebuild().addHandler(new DeserializationProblemHandler() {
            @Override
            public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                    ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
                asked.add(((Class<?>) beanOrClass).getSimpleName() + "." + propertyName);
                p.skipChildren();
                return propertyName.startsWith("x-");
            }
        }).build();
        String extended = Wire.json(Samples.MINIMAL_MISSION.replace("'hosts'", "'x-source':{'a':[1]},'hosts'"));

        assertThat(handled.readValue(extended, Mission.class)).isEqualTo(Samples.minimalMission());
        assertThat(asked).containsExactly("Mission.x-source");
        assertThat(catchThrowable(() -> handled.readValue(extended.replace("x-source", "notes"), Mission.class)))
                .isInstanceOf(PeacekeepingJsonException.class)
                .hasMessageStartingWith("Unknown field \"notes\" at $ (line 1, column 63)");
    }

    @Test
    void theMapperRefusesTrailingTokens() {
        assertThat(catchThrowable(() -> MAPPER.readValue(Wire.json(Samples.MINIMAL_MISSION) + " {}", Mission.class)))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("Trailing token");
    }

    @Test
    void aNewModuleReadsAndWritesEveryTypeOfTheFormatAndRefusesTheOthers() throws Exception {
        // A module of its own, not the shared mapper's: each registration is checked where it is made.
        JsonMapper mapper = JsonMapper.builder().addModule(new PeacekeepingModule()).build();
        Object[] values = {Samples.fullMission(), Samples.fullMandate(), Samples.fullResolution(), Samples.fullVote(),
            Samples.fullCeilings(), Samples.troops(), Samples.staffing(), Samples.fullAppointment(),
            io.github.peacekeeping.core.ContributionRecord.of("UNMIL", Samples.troops()), Samples.BGD,
            io.github.peacekeeping.core.DateRange.of(java.time.LocalDate.of(1993, 10, 5), java.time.LocalDate.of(1996, 3, 8)),
            io.github.peacekeeping.core.Region.AFRICA, io.github.peacekeeping.core.AuthorizingBody.SECURITY_COUNCIL,
            io.github.peacekeeping.core.MandateAction.EXTEND, io.github.peacekeeping.core.MandateTask.GOOD_OFFICES,
            io.github.peacekeeping.core.LeadershipRole.FORCE_COMMANDER, io.github.peacekeeping.core.MilitaryCategory.TROOPS,
            io.github.peacekeeping.core.PoliceCategory.FORMED_POLICE_UNITS, io.github.peacekeeping.core.ComponentType.POLICE,
            io.github.peacekeeping.core.validation.Severity.WARNING,
            // wire format v2
            io.github.peacekeeping.core.Adoption.WITHOUT_VOTE, io.github.peacekeeping.core.PartialDate.of(1995, 12),
            io.github.peacekeeping.core.ResolutionPart.builder().label("B").chapterVII(true).build(),
            io.github.peacekeeping.core.Authorization.of(List.of(io.github.peacekeeping.core.MilitaryCategory.TROOPS), 5500),
            io.github.peacekeeping.core.PersonnelTotal.of(io.github.peacekeeping.core.PoliceCategory.POLICE,
                    java.time.LocalDate.of(1994, 10, 31), 83)};
        for (Object value : values) {
            String json = mapper.writeValueAsString(value);
            Class<?> type = value instanceof Enum ? ((Enum<?>) value).getDeclaringClass()
                    : value instanceof io.github.peacekeeping.core.Mission ? io.github.peacekeeping.core.Mission.class
                    : value.getClass().getSimpleName().startsWith("Immutable") ? value.getClass().getSuperclass()
                    : value.getClass();
            assertThat(mapper.readValue(json, type)).as(json).isEqualTo(value);
        }
        for (io.github.peacekeeping.core.Component component : Samples.fullMission().components()) {
            String json = mapper.writeValueAsString(component);
            assertThat(mapper.readValue(json, io.github.peacekeeping.core.Component.class)).isEqualTo(component);
            assertThat(mapper.readValue(json, component.getClass().getSuperclass())).isEqualTo(component);
        }
        assertThat(mapper.writeValueAsString(io.github.peacekeeping.core.validation.ValidationReport.of(List.of())))
                .isEqualTo("{\"valid\":true,\"findings\":[]}");
        assertThat(catchThrowable(() -> mapper.writeValueAsString(io.github.peacekeeping.core.validation.RuleSet.standard())))
                .hasMessageContaining("RuleSet is not part of the peacekeeping wire format: read and write the missions,"
                        + " contribution and fatality records and validation reports that hold its data");
        io.github.peacekeeping.core.agreement.PeaceAgreement arusha = DiplomacySamples.arusha();
        assertThat(mapper.readValue(mapper.writeValueAsString(arusha), arusha.getClass().getSuperclass()))
                .isEqualTo(arusha);
        for (io.github.peacekeeping.core.agreement.Participant participant : arusha.participants()) {
            assertThat(mapper.readValue(mapper.writeValueAsString(participant), participant.getClass().getSuperclass()))
                    .isEqualTo(participant);
        }
        io.github.peacekeeping.core.partner.Partnership turquoise = DiplomacySamples.turquoise();
        assertThat(mapper.readValue(mapper.writeValueAsString(turquoise), turquoise.getClass().getSuperclass()))
                .isEqualTo(turquoise);
        for (io.github.peacekeeping.core.lineage.MissionLink link : DiplomacySamples.unavemIII().links()) {
            assertThat(mapper.readValue(mapper.writeValueAsString(link), link.getClass().getSuperclass())).isEqualTo(link);
        }
        io.github.peacekeeping.core.budget.Appropriation unifil = DiplomacySamples.unifil2024();
        assertThat(mapper.readValue(mapper.writeValueAsString(unifil), unifil.getClass().getSuperclass()))
                .isEqualTo(unifil);
        assertThat(mapper.writeValueAsString(unifil.amount())).isEqualTo("\"582630000\"");
        assertThat(mapper.readValue("\"582630000\"", io.github.peacekeeping.core.budget.UsdAmount.class))
                .isEqualTo(unifil.amount());
        assertThat(mapper.writeValueAsString(io.github.peacekeeping.core.actor.Organization.OAU)).isEqualTo("\"OAU\"");
        assertThat(mapper.readValue("\"OAU\"", io.github.peacekeeping.core.actor.Organization.class))
                .isEqualTo(io.github.peacekeeping.core.actor.Organization.OAU);
        assertThat(catchThrowable(() -> mapper.writeValueAsString(arusha.participants().get(0).actor())))
                .hasMessageContaining("State is not part of the peacekeeping wire format");
        assertThat(catchThrowable(() -> mapper.writeValueAsString(io.github.peacekeeping.core.budget.FiscalYear.of(2024))))
                .hasMessageContaining("FiscalYear is not part of the peacekeeping wire format");
        assertThat(catchThrowable(() -> mapper.readValue("{}", io.github.peacekeeping.core.Contributor.class)))
                .hasMessageContaining("Contributor is not part of the peacekeeping wire format");
        // Classes that are not the model's are Jackson's business.
        assertThat(mapper.writeValueAsString(Map.of("a", 1))).isEqualTo("{\"a\":1}");
    }
}
