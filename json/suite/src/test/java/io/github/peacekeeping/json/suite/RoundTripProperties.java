package io.github.peacekeeping.json.suite;

import static io.github.peacekeeping.core.testing.ModelArbitraries.range;
import static io.github.peacekeeping.core.testing.ModelArbitraries.textOf;
import static io.github.peacekeeping.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peacekeeping.core.Appointment;
import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PersonnelCategory;
import io.github.peacekeeping.core.budget.UsdAmount;
import io.github.peacekeeping.core.testing.ModelArbitraries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The wire format over generated values: every valid mission and every contribution record writes,
 * validates against the shipped schema and reads back equal; and the readers, given documents whose
 * fields hold arbitrary values, either read them without losing or inventing data or refuse them with
 * the module's exception at a location near the bad value.
 */
class RoundTripProperties {

    private static final ObjectMapper TREES = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    // ---- generators

    /**
     * Text the model accepts and the format holds, made to stress the writer's escaping: quotes,
     * backslashes, control characters, line separators and characters beyond the BMP. A surrogate
     * without its pair is no Unicode text: the model accepts it, the format refuses it, both ways
     * (HostileInputTest, WriterFailureTest), so the round trips leave it out.
     */
    static Gen<String> texts() {
        Gen<String> hostile = textOf("\"\\/\u0000\u0001\u001f\u007f\u2028\u2029\u00a0\ufeff\ufffd\ud800\udfff<>&'"
                + range('a', 'z') + range('\u00c0', '\u024f') + range('\u4e00', '\u4e10'), 1, 20);
        Gen<String> beyondBmp = lists().of(arbitrary().pick("\ud83c\udf0d", "\ud835\udd04", "\ud800\udc00"))
                .ofSizeBetween(1, 3).map(parts -> String.join("x", parts));
        // Any character of the BMP, surrogates included (QuickTheories leaves out unassigned code points).
        Gen<String> any = strings().betweenCodePoints(0, 0xFFFF).ofLengthBetween(0, 12);
        return Generate.oneOf(ModelArbitraries.names(), hostile, beyondBmp, any)
                .assuming(s -> !s.isBlank() && s.strip().equals(s) && isUnicode(s));
    }

    static boolean isUnicode(String text) {
        return text.codePoints().noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }

    /** Generated missions, their acronym, name and leaders' names replaced, sometimes, by hostile text. */
    static Gen<Mission> missions() {
        return ModelArbitraries.missions().zip(texts(), texts(), texts(), integers().between(0, 3),
                (mission, acronym, name, leader, which) -> {
                    Mission.Builder builder = Mission.builder().from(mission);
                    if (which == 1 || which == 3) {
                        builder.acronym(acronym).name(name);
                    }
                    if (which >= 2) {
                        builder.leadership(mission.leadership().stream()
                                .map(a -> Appointment.builder().from(a).name(leader).build())
                                .collect(Collectors.toList()));
                    }
                    return builder.build();
                });
    }

    /** Contribution records of generated deployments of every category, for several missions. */
    static Gen<List<ContributionRecord>> records() {
        Gen<LocalDate> from = ModelArbitraries.days();
        Gen<List<Deployment<PersonnelCategory>>> deployments = from.flatMap(
                day -> ModelArbitraries.deployments(PersonnelCategory.values(), day, 24));
        Gen<List<String>> missions = lists().of(texts()).ofSizeBetween(1, 3);
        return missions.zip(deployments, (acronyms, list) -> {
            List<ContributionRecord> records = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                records.add(ContributionRecord.of(acronyms.get(i % acronyms.size()), list.get(i)));
            }
            return records;
        });
    }

    // ---- round trips

    @Test
    void missionsWriteValidJsonAndReadBackEqual() {
        ThrowingConsumer<Mission> property = RoundTripProperties::writeValidJsonAndReadBackEqual;
        qt(150).forAll(missions()).checkAssert(property);
    }

    private static void writeValidJsonAndReadBackEqual(Mission mission) throws IOException {
        String compact = Wire.JSON.writeMission(mission);
        String pretty = Wire.JSON.withPrettyPrinting().writeMission(mission);

        assertThat(Wire.JSON.readMission(compact)).isEqualTo(mission);
        assertThat(Wire.JSON.readMission(pretty)).isEqualTo(mission);
        Wire.assertValid(compact, null);
        Wire.assertValid(pretty, null);
        // Pretty printing adds only whitespace; the text is canonical: what was read writes the same.
        assertThat(TREES.readTree(pretty)).isEqualTo(TREES.readTree(compact));
        assertThat(pretty).contains("\n  \"name\": ");
        assertThat(Wire.JSON.writeMission(Wire.JSON.readMission(compact))).isEqualTo(compact);
        // Bytes in UTF-8, and the mapper, agree with the text.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Wire.JSON.writeMission(mission, bytes);
        assertThat(Wire.JSON.readMission(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(mission);
        // The bytes are written without a generator (Utf8Tokens), the text with one: the same text.
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(compact);
        assertThat(Wire.MAPPER.writeValueAsString(mission)).isEqualTo(compact);
        assertThat(Wire.MAPPER.readValue(compact, Mission.class)).isEqualTo(mission);
    }

    @Test
    void contributionRecordsRoundTripAsJsonLines() {
        ThrowingConsumer<List<ContributionRecord>> property = RoundTripProperties::roundTripAsJsonLines;
        qt(200).forAll(records()).checkAssert(property);
    }

    private static void roundTripAsJsonLines(List<ContributionRecord> records) throws IOException {
        StringWriter text = new StringWriter();
        try (Facade.RecordWriter writer = Wire.JSON.recordWriter(text)) {
            for (ContributionRecord record : records) {
                writer.write(record);
            }
            assertThat(writer.count()).isEqualTo(records.size());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThat(Wire.JSON.writeRecords(records.stream(), bytes)).isEqualTo(records.size());

        List<String> lines = text.toString().lines().collect(Collectors.toList());
        assertThat(lines).hasSize(records.size());
        assertThat(text.toString()).endsWith(records.isEmpty() ? "" : "}\n");
        for (String line : lines) {
            Wire.assertValid(line, "contributionRecord");
        }
        try (Stream<ContributionRecord> read = Wire.JSON.readRecords(new StringReader(text.toString()))) {
            assertThat(read.collect(Collectors.toList())).isEqualTo(records);
        }
        List<ContributionRecord> fromBytes = new ArrayList<>();
        try (Facade.RecordReader reader = Wire.JSON.recordReader(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (ContributionRecord record = reader.read(); record != null; record = reader.read()) {
                fromBytes.add(record);
                assertThat(reader.lineNumber()).isEqualTo(fromBytes.size());
            }
        }
        assertThat(fromBytes).isEqualTo(records);
    }

    // ---- arbitrary field values

    /** Values of every JSON type, and of the wrong form for each field of the format. */
    static Gen<JsonNode> values() {
        Gen<JsonNode> numbers = Generate.oneOf(
                integers().all().map(NODES::numberNode),
                arbitrary().pick(-1, 0, 1, 15, 9999, 10_000, Integer.MAX_VALUE, Integer.MIN_VALUE).map(NODES::numberNode),
                arbitrary().pick(2_147_483_648L, -2_147_483_649L, Long.MAX_VALUE).map(NODES::numberNode),
                arbitrary().pick("1.5", "1.0", "-0.0", "1E+10", "1E+400", "1E-400", "1442.000", "0.1E+1", "-1E+2")
                        .map(v -> NODES.numberNode(new BigDecimal(v))),
                arbitrary().pick("12345678901234567890", "1" + "0".repeat(40))
                        .map(v -> NODES.numberNode(new BigInteger(v))),
                doubles().any().map(NODES::numberNode));
        Gen<JsonNode> strings = Generate.oneOf(
                arbitrary().pick("", " ", "x", " RWA", "RWA ", "rwa", "RW", "RWAN", "XYZ", "XKX", "SUN", "TWN", "ZZZ",
                        "AFRICA", "OCEANIA", "TROOPS", "FORMED_POLICE_UNITS", "MILITARY_OBSERVER", "ESTABLISH",
                        "SECURITY_COUNCIL", "military", "police", "civilian", "army", "Military", "HEAD_OF_MISSION",
                        "CEASEFIRE_MONITORING", "ES-I", "2003-02-30", "2003-13-01", "2003-1-01", "1993-10-05T00:00",
                        "0000-01-01", "9999-12-31", "+10000-01-01", "19931005", "1993-10-05 ", "null", "true", "1442")
                        .map(NODES::textNode),
                texts().map(NODES::textNode),
                strings().betweenCodePoints(0, 0xFFFF).ofLengthBetween(0, 15).map(NODES::textNode),
                Generate.constant(NODES.textNode("A".repeat(Wire.MAX_STRING_LENGTH + 1))),
                ModelArbitraries.days().map(d -> NODES.textNode(d.toString())),
                ModelArbitraries.countries().map(c -> NODES.textNode(c.code())));
        Gen<JsonNode> scalars = Generate.oneOf(numbers, strings,
                arbitrary().pick(NODES.nullNode(), NODES.booleanNode(true), NODES.booleanNode(false)));
        Gen<JsonNode> arrays = lists().of(scalars).ofSizeBetween(0, 3).map(list -> {
            ArrayNode array = NODES.arrayNode();
            list.forEach(array::add);
            return array;
        });
        Gen<JsonNode> objects = arbitrary().pick("a", "type", "total", "yes", "military")
                .zip(scalars, (name, value) -> NODES.objectNode().set(name, value));
        return Generate.frequency(
                Pair.of(6, scalars),
                Pair.of(1, arrays),
                Pair.of(1, objects),
                Pair.of(1, Generate.constant(NODES.arrayNode())),
                Pair.of(1, Generate.constant(NODES.objectNode())));
    }

    /**
     * How to change a document: replace a value by an arbitrary one or by a copy of another value of the
     * document, remove it, or add an unknown field beside it.
     */
    enum Change { REPLACE, COPY, REMOVE, ADD_FIELD }

    /** A change of a generated mission's document: which change, at which place, with which value. */
    private record MissionChange(Mission mission, JsonNode value, Change change, int where, int from) {
    }

    @Test
    void missionFieldsWithArbitraryValuesReadOrFailWithALocation() {
        Gen<Mission> missions = missions();
        Gen<JsonNode> values = values();
        Gen<Change> changes = arbitrary().enumValues(Change.class);
        Gen<Integer> places = integers().between(0, 100_000);
        Gen<MissionChange> changed = in -> new MissionChange(missions.generate(in), values.generate(in),
                changes.generate(in), places.generate(in), places.generate(in));
        Set<String> outcomes = new TreeSet<>();
        ThrowingConsumer<MissionChange> property = c -> {
            ObjectNode document = (ObjectNode) TREES.readTree(Wire.JSON.writeMission(c.mission()));
            List<Slot> slots = new ArrayList<>();
            Slot.collect(document, "", slots);
            Slot slot = slots.get(c.where() % slots.size());
            slot.apply(c.change(),
                    c.change() == Change.COPY ? slots.get(c.from() % slots.size()).value().deepCopy() : c.value());
            String json = TREES.writeValueAsString(document);

            outcomes.add(assertReadsOrFailsNear(json, slot.pointer, c.change()));
        };
        qt(300).forAll(changed).checkAssert(property);
        assertThat(outcomes).as("outcomes").containsExactly("read", "refused");
    }

    /** Mostly a valid value for the field, else an arbitrary one. */
    private static Gen<JsonNode> orArbitrary(Gen<JsonNode> valid) {
        return Generate.frequency(Pair.of(5, valid), Pair.of(1, values()));
    }

    /** The fields of a contribution record, each mostly valid, the flags saying which optional fields it has. */
    private record RecordFields(JsonNode mission, JsonNode contributor, JsonNode category, JsonNode date,
            JsonNode total, JsonNode female, boolean withFemale, int withUnknown) {
    }

    // Random combinations, not edge cases: edge cases of eight values would fill the tries with combinations
    // of the arbitrary ones. QuickTheories chooses only its first three examples (the low and high ends of
    // every choice); the other 297 are drawn at random.
    @Test
    void recordFieldsWithArbitraryValuesReadOrFailWithALocation() {
        Gen<JsonNode> missionNames = orArbitrary(texts().map(NODES::textNode));
        Gen<JsonNode> countryCodes = orArbitrary(ModelArbitraries.countries().map(c -> NODES.textNode(c.code())));
        Gen<JsonNode> categories = orArbitrary(arbitrary().pick(PersonnelCategory.values()).map(c -> NODES.textNode(c.name())));
        Gen<JsonNode> dates = orArbitrary(ModelArbitraries.days().map(d -> NODES.textNode(d.toString())));
        Gen<JsonNode> totals = orArbitrary(integers().between(0, 3000).map(NODES::numberNode));
        Gen<JsonNode> females = orArbitrary(integers().between(0, 30).map(NODES::numberNode));
        Gen<Boolean> flags = booleans().all();
        Gen<Integer> unknowns = integers().between(0, 9);
        Gen<RecordFields> fields = in -> new RecordFields(missionNames.generate(in), countryCodes.generate(in),
                categories.generate(in), dates.generate(in), totals.generate(in), females.generate(in),
                flags.generate(in), unknowns.generate(in));
        Set<String> outcomes = new TreeSet<>();
        ThrowingConsumer<RecordFields> property = f -> outcomes.add(readsOrFailsWithALocation(f));
        qt(300).forAll(fields).checkAssert(property);
        assertThat(outcomes).as("outcomes").containsExactly("read", "refused");
    }

    /** Reads a record of the given fields: returns "read" or "refused", or fails the property. */
    private static String readsOrFailsWithALocation(RecordFields fields) throws IOException {
        ObjectNode record = NODES.objectNode();
        record.set("mission", fields.mission());
        record.set("contributor", fields.contributor());
        record.set("category", fields.category());
        record.set("date", fields.date());
        record.set("total", fields.total());
        if (fields.withFemale()) {
            record.set("female", fields.female());
        }
        if (fields.withUnknown() == 0) {
            record.put("source", "ipi-pkdb");
        }
        String line = TREES.writeValueAsString(record);

        Throwable thrown = catchThrowable(() -> {
            try (Facade.RecordReader reader = Wire.JSON.recordReader(new StringReader(line + "\n"))) {
                ContributionRecord read = reader.read();
                assertThat(reader.read()).isNull();
                assertNothingLostOrInvented(record, TREES.readTree(Wire.write(read)));
            }
        });

        if (thrown == null) {
            return "read";
        }
        assertThat(thrown).isInstanceOf(Wire.ERROR);
        JsonError e = Wire.view(thrown);
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isBetween(1, line.length() + 1);
        assertThat(e.path()).matches("\\$|(mission|contributor|category|date|total|female)(\\[\\d+\\]|\\.\\w+)*");
        return "refused";
    }

    /**
     * Reads a document that was changed at one place: it reads to a mission that writes back the same
     * data, or it fails with the module's exception at a location at, above or beside the change.
     *
     * @return "read" or "refused"
     */
    private static String assertReadsOrFailsNear(String json, String changed, Change change) throws IOException {
        Mission read;
        try {
            read = Wire.JSON.readMission(json);
        } catch (Exception thrown) {
            // The binding's exception, checked in Jackson 2, unchecked in Jackson 3.
            JsonError e = Wire.view(thrown);
            assertThat(e.line()).as("line of %s", e).isEqualTo(1);
            assertThat(e.column()).as("column of %s", e).isBetween(1, json.length() + 1);
            assertThat(e.path()).isNotEmpty();
            String parent = changed.substring(0, changed.lastIndexOf('/'));
            String at = change == Change.REPLACE || change == Change.COPY ? changed : parent;
            boolean aboveOrAt = at.equals(e.pointer()) || at.startsWith(e.pointer() + "/");
            boolean beside = e.pointer().startsWith(parent + "/");
            assertThat(aboveOrAt || beside).as("%s for a change at %s", e, changed).isTrue();
            return "refused";
        }
        String written = Wire.JSON.writeMission(read);
        Wire.assertValid(written, null);
        assertThat(Wire.JSON.readMission(written)).isEqualTo(read);
        assertNothingLostOrInvented(TREES.readTree(json), TREES.readTree(written));
        return "read";
    }

    /**
     * Checks that the JSON written from what was read holds the same data as the input: the same tree,
     * once the input's nulls, the empty lists and false flags the writer leaves out and an adoption by
     * VOTE beside a vote are removed, and integral numbers such as {@code 1442.0} are read as integers.
     */
    static void assertNothingLostOrInvented(JsonNode input, JsonNode written) {
        assertThat(written).as("written from %s", input).isEqualTo(normalized(input));
    }

    /** The optional arrays the writer leaves out when they are empty. */
    private static final List<String> OMITTED_WHEN_EMPTY = List.of("components", "leadership", "against", "supports",
            "agreements", "partnerships", "links", "aliases", "budgets", "ledBy", "jointRoles", "notParticipating",
            "parts", "authorizedStrength", "totals");

    /** The optional booleans the writer leaves out when they are false. */
    private static final List<String> OMITTED_WHEN_FALSE = List.of("acting", "procedural", "designate");

    private static JsonNode normalized(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                JsonNode value = field.getValue();
                boolean omitted = value.isNull()
                        || value.isArray() && value.isEmpty() && OMITTED_WHEN_EMPTY.contains(field.getKey())
                        || OMITTED_WHEN_FALSE.contains(field.getKey()) && value.isBoolean()
                                && !value.booleanValue()
                        // wire format v2: a vote says that the resolution was adopted by a vote
                        || "adoption".equals(field.getKey()) && "VOTE".equals(value.asText())
                                && node.hasNonNull("vote");
                if (omitted) {
                    continue;
                }
                // An amount is written with its cents when it has any: "1234.5" is written "1234.50".
                boolean amount = "amount".equals(field.getKey()) && value.isTextual()
                        && value.textValue().matches("[0-9]{1,15}(\\.[0-9]{1,2})?");
                copy.set(field.getKey(), amount
                        ? NODES.textNode(UsdAmount.parse(value.textValue()).toString()) : normalized(value));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(element -> copy.add(normalized(element)));
            return copy;
        }
        if (node.isNumber() && !node.isIntegralNumber()) {
            BigDecimal decimal = node.decimalValue().stripTrailingZeros();
            boolean isInt = decimal.scale() <= 0 && decimal.precision() - decimal.scale() <= 10
                    && decimal.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
                    && decimal.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0;
            return isInt ? NODES.numberNode(decimal.intValueExact()) : node;
        }
        return node;
    }

    /** A place in a document: its JSON Pointer, the object or array holding it, and its name or index. */
    private static final class Slot {
        final String pointer;
        final JsonNode container;
        final String name;
        final int index;

        Slot(String pointer, JsonNode container, String name, int index) {
            this.pointer = pointer;
            this.container = container;
            this.name = name;
            this.index = index;
        }

        static void collect(JsonNode node, String pointer, List<Slot> slots) {
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    String child = pointer + "/" + field.getKey();
                    slots.add(new Slot(child, node, field.getKey(), -1));
                    collect(field.getValue(), child, slots);
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    String child = pointer + "/" + i;
                    slots.add(new Slot(child, node, null, i));
                    collect(node.get(i), child, slots);
                }
            }
        }

        JsonNode value() {
            return container.isObject() ? container.get(name) : container.get(index);
        }

        void apply(Change change, JsonNode value) {
            if (container.isObject()) {
                ObjectNode object = (ObjectNode) container;
                switch (change) {
                    case REMOVE: object.remove(name); break;
                    case ADD_FIELD: object.set("unknown", value); break;
                    default: object.set(name, value);
                }
            } else {
                ArrayNode array = (ArrayNode) container;
                switch (change) {
                    case REMOVE: array.remove(index); break;
                    case ADD_FIELD: array.insert(index, value); break;
                    default: array.set(index, value);
                }
            }
        }
    }
}
