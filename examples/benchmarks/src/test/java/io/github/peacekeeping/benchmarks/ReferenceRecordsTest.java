package io.github.peacekeeping.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.UniformedComponent;
import io.github.peacekeeping.benchmarks.records.ContributionLineRecord;
import io.github.peacekeeping.benchmarks.records.DeploymentRecord;
import io.github.peacekeeping.benchmarks.records.MilitaryComponentRecord;
import io.github.peacekeeping.benchmarks.records.MissionRecord;
import io.github.peacekeeping.benchmarks.records.PoliceComponentRecord;
import io.github.peacekeeping.benchmarks.records.ReferenceMappers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reference is fair: databind reads the library's own text into the records, with every value, and
 * writes the records back to the very same text.
 */
class ReferenceRecordsTest {

    private static final ObjectMapper MAPPER = ReferenceMappers.newMapper();
    private static final List<Mission> MISSIONS = BenchmarkData.missions(100, BenchmarkData.SEED);
    private static final List<byte[]> DOCUMENTS = BenchmarkData.documents(MISSIONS);

    private static Stream<DeploymentRecord> deployments(MissionRecord mission) {
        return mission.components().stream().flatMap(c -> c instanceof MilitaryComponentRecord
                ? ((MilitaryComponentRecord) c).deployments().stream()
                : c instanceof PoliceComponentRecord ? ((PoliceComponentRecord) c).deployments().stream()
                : Stream.empty());
    }

    private static Stream<? extends io.github.peacekeeping.core.Deployment<?>> deployments(Mission mission) {
        return mission.components().stream().filter(c -> c instanceof UniformedComponent)
                .flatMap(c -> ((UniformedComponent<?>) c).deployments().stream());
    }

    @Test
    void databindReadsOurTextIntoRecordsOfTheSameContent() throws IOException {
        long deployments = 0;
        long personnel = 0;
        for (int i = 0; i < MISSIONS.size(); i++) {
            Mission mission = MISSIONS.get(i);
            MissionRecord record = MAPPER.readValue(DOCUMENTS.get(i), MissionRecord.class);

            assertThat(record.acronym()).isEqualTo(mission.acronym());
            // The benchmark's missions have dates known to the day, which the records hold as LocalDate.
            assertThat(record.established()).isEqualTo(mission.established().exactDay().orElseThrow());
            assertThat(record.closed()).isEqualTo(mission.closed().flatMap(c -> c.exactDay()).orElse(null));
            assertThat(record.mandates()).hasSameSizeAs(mission.mandates());
            assertThat(record.mandates().get(9).expires()).isEqualTo(mission.mandates().get(9).expires().get());
            assertThat(record.components()).hasSameSizeAs(mission.components());
            assertThat(record.leadership()).hasSameSizeAs(mission.leadership());
            assertThat(deployments(record).count()).isEqualTo(deployments(mission).count());
            assertThat(deployments(record).mapToLong(DeploymentRecord::total).sum())
                    .isEqualTo(deployments(mission).mapToLong(d -> d.total()).sum());
            deployments += deployments(record).count();
            personnel += deployments(record).mapToLong(DeploymentRecord::total).sum();
        }
        assertThat(deployments).isEqualTo(100L * BenchmarkData.DEPLOYMENTS);
        assertThat(personnel).isPositive();
    }

    @Test
    void databindWritesTheRecordsToTheSameText() throws IOException {
        for (byte[] document : DOCUMENTS) {
            MissionRecord record = MAPPER.readValue(document, MissionRecord.class);

            assertThat(new String(MAPPER.writeValueAsBytes(record), StandardCharsets.UTF_8))
                    .isEqualTo(new String(document, StandardCharsets.UTF_8));
        }
    }

    @Test
    void databindReadsOurJsonLinesIntoAsManyRecords() throws IOException {
        List<ContributionRecord> records = BenchmarkData.contributionRecords(5_000, BenchmarkData.SEED);

        List<ContributionLineRecord> read;
        try (MappingIterator<ContributionLineRecord> lines = MAPPER.readerFor(ContributionLineRecord.class)
                .readValues(BenchmarkData.jsonLines(records))) {
            read = lines.readAll();
        }

        assertThat(read).hasSameSizeAs(records);
        for (int i = 0; i < records.size(); i++) {
            ContributionRecord record = records.get(i);
            assertThat(read.get(i)).isEqualTo(new ContributionLineRecord(record.mission(), record.contributor().code(),
                    record.category().name(), record.date(), record.total(),
                    record.female().isPresent() ? record.female().getAsInt() : null));
        }
    }
}
