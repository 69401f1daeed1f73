package io.github.peacekeeping.json.suite;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.peacekeeping.core.Appointment;
import io.github.peacekeeping.core.Authorization;
import io.github.peacekeeping.core.Ceilings;
import io.github.peacekeeping.core.CivilianStaffing;
import io.github.peacekeeping.core.Component;
import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MilitaryCategory;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.MissionProfile;
import io.github.peacekeeping.core.PersonnelTotal;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.ResolutionPart;
import io.github.peacekeeping.core.Vote;
import io.github.peacekeeping.core.lineage.MissionLink;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The shared test support: the binding under test ({@code TheBinding} of the module that runs the
 * suite), its facade and a mapper configured as it is, and the JSON Schema shipped in the jar. Every
 * document the tests write goes through {@link #write(Object)} or {@link #writeMission(Mission)}, which
 * check it against the schema.
 */
final class Wire {

    static final Binding BINDING = TheBinding.INSTANCE;
    static final Facade JSON = BINDING.standard();
    static final Binding.Mapper MAPPER = BINDING.newMapper();
    /** Reads JSON into plain trees, to compare documents: Jackson 2's, in both bindings' tests. */
    static final com.fasterxml.jackson.databind.ObjectMapper TREES = new com.fasterxml.jackson.databind.ObjectMapper();
    /** The binding's {@code PeacekeepingJsonException}. */
    static final Class<? extends Exception> ERROR = BINDING.errorType();
    /** The facades' limits, as their constants give them. */
    static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;
    static final int MAX_STRING_LENGTH = 10_000;
    static final String SCHEMA_ID = "urn:io.github.peacekeeping:wire-format:2:mission.schema.json";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemas(Map.of(SCHEMA_ID, schemaText())));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private Wire() {
    }

    static String schemaText() {
        return JSON.missionSchema();
    }

    /** Runs code that must throw the binding's exception, and returns its parts. */
    static JsonError error(ThrowingCallable code) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(code);
        assertThat(thrown).isInstanceOf(ERROR);
        return view(thrown);
    }

    /**
     * The parts of an error that a stream or an iterator of records threw, in its documented form: an
     * {@link UncheckedIOException} whose cause is the binding's exception where that is checked (Jackson
     * 2), the binding's exception itself where it is unchecked (Jackson 3).
     */
    static JsonError streamError(Throwable thrown) {
        if (thrown instanceof JsonError) {
            return (JsonError) thrown;
        }
        if (IOException.class.isAssignableFrom(ERROR)) {
            assertThat(thrown).isInstanceOf(UncheckedIOException.class);
            return view(thrown.getCause());
        }
        return view(thrown);
    }

    /** The model's exception that a writer threw, wrapped or not by a mapper. */
    static Throwable modelError(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof io.github.peacekeeping.core.PeacekeepingException) {
                return t;
            }
        }
        throw new AssertionError("no PeacekeepingException in " + thrown, thrown);
    }

    /** Tells whether an exception is Jackson's own, of either Jackson. */
    static boolean isJackson(Throwable e) {
        String name = e.getClass().getName();
        return name.startsWith("com.fasterxml.jackson.") || name.startsWith("tools.jackson.");
    }

    /** The parts of the binding's exception. */
    static JsonError view(Throwable thrown) {
        assertThat(thrown).isInstanceOf(ERROR);
        return BINDING.view(thrown);
    }

    /** Writes a value with the module and checks the JSON against the schema, if it is an object. */
    static String write(Object value) {
        try {
            String json = MAPPER.writeValueAsString(value);
            if (value instanceof Enum || value instanceof CountryCode) {
                return json;
            }
            assertValid(json, definitionOf(value));
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a mission with the facade, compact and pretty, checks both against the schema, returns the compact. */
    static String writeMission(Mission mission) {
        String compact = JSON.writeMission(mission);
        assertValid(compact, null);
        assertValid(JSON.withPrettyPrinting().writeMission(mission), null);
        return compact;
    }

    static <T> T read(String json, Class<T> type) throws IOException {
        return MAPPER.readValue(json, type);
    }

    /** Makes test JSON readable: single quotes become double quotes. */
    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    static void assertValid(String json, String definition) {
        assertThat(schemaErrors(json, definition)).as("schema errors of %s", json).isEmpty();
    }

    /**
     * Validates JSON against the schema, or one of its definitions, with format assertions on.
     *
     * @param definition  the name under {@code $defs}, or null for a mission
     */
    static List<String> schemaErrors(String json, String definition) {
        Schema schema = SCHEMAS.computeIfAbsent(definition == null ? "" : definition, d -> REGISTRY.getSchema(
                SchemaLocation.of(d.isEmpty() ? SCHEMA_ID : SCHEMA_ID + "#/$defs/" + d)));
        List<Error> errors = schema.validate(json, InputFormat.JSON,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        return errors.stream().map(Error::toString).collect(Collectors.toList());
    }

    private static String definitionOf(Object value) {
        if (value instanceof Mission) {
            return null;
        }
        if (value instanceof Mandate) {
            return "mandate";
        }
        if (value instanceof Resolution) {
            return "resolution";
        }
        if (value instanceof Vote) {
            return "vote";
        }
        if (value instanceof Ceilings) {
            return "ceilings";
        }
        if (value instanceof ResolutionPart) {
            return "resolutionPart";
        }
        if (value instanceof Authorization) {
            return "authorization";
        }
        if (value instanceof PersonnelTotal) {
            return ((PersonnelTotal<?>) value).category() instanceof MilitaryCategory ? "militaryTotal" : "policeTotal";
        }
        if (value instanceof Component) {
            return "component";
        }
        if (value instanceof Deployment) {
            return "deployment";
        }
        if (value instanceof CivilianStaffing) {
            return "civilianStaffing";
        }
        if (value instanceof Appointment) {
            return "appointment";
        }
        if (value instanceof ContributionRecord) {
            return "contributionRecord";
        }
        if (value instanceof MissionProfile) {
            return "missionProfile";
        }
        if (value instanceof MissionLink) {
            return "missionLink";
        }
        throw new IllegalArgumentException("no schema definition for " + value.getClass());
    }
}
