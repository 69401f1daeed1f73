package io.github.peacekeeping.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.UniformedComponent;
import io.github.peacekeeping.core.validation.MissionValidator;
import io.github.peacekeeping.json.PeacekeepingJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The benchmarks' input: the shapes each benchmark measures, the same for a seed, and a clean record. */
class BenchmarkDataTest {

    private static final List<Mission> MISSIONS = BenchmarkData.missions(200, BenchmarkData.SEED);

    private static int deployments(Mission mission) {
        return mission.components().stream().filter(c -> c instanceof UniformedComponent)
                .mapToInt(c -> ((UniformedComponent<?>) c).deployments().size()).sum();
    }

    @Test
    void eachMissionHasTheRealisticShape() {
        assertThat(MISSIONS).hasSize(200).allSatisfy(mission -> {
            assertThat(mission.mandates()).hasSize(10);
            assertThat(mission.components()).hasSize(3);
            assertThat(deployments(mission)).isEqualTo(50);
            assertThat(mission.leadership()).hasSize(5);
        });
    }

    @Test
    void theSameSeedGivesTheSameMissions() {
        assertThat(BenchmarkData.missions(200, BenchmarkData.SEED)).isEqualTo(MISSIONS);
        assertThat(BenchmarkData.missions(200, 7)).isNotEqualTo(MISSIONS);
    }

    @Test
    void everyMissionValidatesWithNoFinding() {
        assertThat(MISSIONS).allSatisfy(mission ->
                assertThat(MissionValidator.validate(mission).findings()).as(mission.acronym()).isEmpty());
    }

    @Test
    void theLargeMissionHasAHundredThousandDeploymentsAndNoFinding() {
        Mission mission = BenchmarkData.largeMission(BenchmarkData.LARGE_MISSION_DEPLOYMENTS);

        assertThat(deployments(mission)).isEqualTo(100_000);
        assertThat(MissionValidator.validate(mission).findings()).isEmpty();
    }

    @Test
    void theDocumentsReadBackToTheMissions() throws IOException {
        List<byte[]> documents = BenchmarkData.documents(MISSIONS);

        for (int i = 0; i < MISSIONS.size(); i++) {
            assertThat(PeacekeepingJson.standard().readMission(new ByteArrayInputStream(documents.get(i))))
                    .isEqualTo(MISSIONS.get(i));
        }
    }

    @Test
    void theJsonLinesReadBackToTheRecords() throws IOException {
        List<ContributionRecord> records = BenchmarkData.contributionRecords(5_000, BenchmarkData.SEED);

        List<ContributionRecord> read = PeacekeepingJson.standard()
                .readRecords(new ByteArrayInputStream(BenchmarkData.jsonLines(records))).collect(Collectors.toList());

        assertThat(read).isEqualTo(records);
    }
}
