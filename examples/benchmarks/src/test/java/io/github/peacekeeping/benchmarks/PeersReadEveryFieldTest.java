package io.github.peacekeeping.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.dslplatform.json.DslJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peacekeeping.benchmarks.immutables.ContributionLineValue;
import io.github.peacekeeping.benchmarks.records.ContributionLineRecord;
import io.github.peacekeeping.benchmarks.records.MissionRecord;
import io.github.peacekeeping.benchmarks.records.ReferenceMappers;
import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.core.Mission;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No reader of the benchmarks skips work: each reads every field's value of every document, as its
 * benchmark reads it (the same methods), and each {@link Digest} of what it read equals that of the
 * missions the documents were written from. The digest itself is checked to hold every value of the text.
 * Nothing here is timed.
 */
class PeersReadEveryFieldTest {

    private static final ObjectMapper TREES = new ObjectMapper();
    private static final List<Mission> MISSIONS = BenchmarkData.missions(ReadBenchmark.MISSIONS, BenchmarkData.SEED);
    private static final List<ContributionRecord> RECORDS = BenchmarkData.contributionRecords(
            JsonLinesBenchmark.RECORDS, BenchmarkData.SEED);
    private static ReadBenchmark read;
    private static JsonLinesBenchmark lines;

    @BeforeAll
    static void setUp() {
        read = new ReadBenchmark();
        read.setUp();
        lines = new JsonLinesBenchmark();
        lines.setUp();
    }

    /** Every scalar of a JSON text as {@code path=value}, in the digest's notation. */
    private static List<String> textValues(byte[] json) throws IOException {
        List<String> values = new ArrayList<>();
        collect("", TREES.readTree(json), values);
        return values;
    }

    private static void collect(String path, JsonNode node, List<String> values) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), values);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), values);
            }
        } else {
            values.add(path + "=" + node.asText());
        }
    }

    @Test
    void theDigestHoldsEveryValueOfTheText() throws IOException {
        List<byte[]> documents = read.documents();
        int values = 0;
        for (int i = 0; i < documents.size(); i++) {
            List<String> text = textValues(documents.get(i));

            assertThat(Digest.of(MISSIONS.get(i))).containsAll(text);
            values += text.size();
        }
        String line = new String(lines.lines(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        assertThat(Digest.of(RECORDS.get(0))).containsAll(textValues(line.getBytes(StandardCharsets.UTF_8)))
                .hasSize(6);
        // At least 4 values for each of a mission's 50 deployments, 7 for each of its 10 decisions (body,
        // number, adopted, a vote of 3, effective, chapterVII) and 4 for each of its 5 appointments.
        assertThat(values).isGreaterThanOrEqualTo(ReadBenchmark.MISSIONS * (50 * 4 + 10 * 7 + 5 * 4));
    }

    @Test
    void theDigestTellsOneValueFromAnother() {
        assertThat(Digest.of(MISSIONS.get(0))).isNotEqualTo(Digest.of(MISSIONS.get(1)));
        assertThat(Digest.of(RECORDS.get(0))).isNotEqualTo(Digest.of(RECORDS.get(1)));
    }

    @ParameterizedTest
    @EnumSource(JsonBinding.class)
    void theLibraryReadsEveryField(JsonBinding binding) throws IOException {
        for (int i = 0; i < MISSIONS.size(); i++) {
            assertThat(Digest.of(ReadBenchmark.mission(binding, read.documents().get(i))))
                    .isEqualTo(Digest.of(MISSIONS.get(i)));
        }
        List<List<String>> digests = new ArrayList<>();
        binding.readRecords(new ByteArrayInputStream(lines.lines()), record -> digests.add(Digest.of(record)));
        assertThat(digests).isEqualTo(RECORDS.stream().map(Digest::of).toList());
    }

    @Test
    void databindReadsEveryField() throws IOException {
        for (int i = 0; i < MISSIONS.size(); i++) {
            assertThat(Digest.of(read.databindRecord(read.documents().get(i)))).isEqualTo(Digest.of(MISSIONS.get(i)));
        }
        List<ContributionLineRecord> records = new ArrayList<>();
        assertThat(lines.readDatabind(records::add)).isEqualTo(RECORDS.size());
        assertThat(records.stream().map(Digest::of).toList()).isEqualTo(RECORDS.stream().map(Digest::of).toList());
    }

    @Test
    void immutablesJacksonReadsEveryField() throws IOException {
        for (int i = 0; i < MISSIONS.size(); i++) {
            assertThat(Digest.of(read.immutablesValue(read.documents().get(i)))).isEqualTo(Digest.of(MISSIONS.get(i)));
        }
        List<ContributionLineValue> records = new ArrayList<>();
        assertThat(lines.readImmutables(records::add)).isEqualTo(RECORDS.size());
        assertThat(records.stream().map(Digest::of).toList()).isEqualTo(RECORDS.stream().map(Digest::of).toList());
    }

    @Test
    void dslJsonReadsAndWritesWithTheCodecsGeneratedAtCompileTime() {
        DslJson<Object> dslJson = ReferenceMappers.newDslJson();

        for (Class<?> type : List.of(MissionRecord.class, ContributionLineRecord.class)) {
            String codec = "io.github.peacekeeping.benchmarks.records._" + type.getSimpleName() + "_DslJsonConverter";
            assertThat(dslJson.tryFindReader(type).getClass().getName()).startsWith(codec + "$");
            assertThat(dslJson.tryFindWriter(type).getClass().getName()).startsWith(codec + "$");
        }
    }

    @Test
    void dslJsonReadsEveryField() throws IOException {
        for (int i = 0; i < MISSIONS.size(); i++) {
            assertThat(Digest.of(read.dslJsonRecord(read.documents().get(i)))).isEqualTo(Digest.of(MISSIONS.get(i)));
        }
        List<ContributionLineRecord> records = new ArrayList<>();
        assertThat(lines.readDslJson(records::add)).isEqualTo(RECORDS.size());
        assertThat(records.stream().map(Digest::of).toList()).isEqualTo(RECORDS.stream().map(Digest::of).toList());
    }
}
