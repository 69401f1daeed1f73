package io.github.peacekeeping.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.testing.ModelArbitraries;
import io.github.peacekeeping.core.testing.Theories;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Missions are shared between threads: 8 threads validating the same missions at once (their lazy
 * indexes built by whichever thread comes first) find exactly what one thread finds.
 */
class ConcurrentValidationTest {

    private static final int THREADS = 8;

    @Test
    void eightThreadsFindWhatOneThreadFinds() throws Exception {
        List<Mission> fresh = Theories.sample(ModelArbitraries.missions(), 300, Theories.seed());
        // The reference: the same missions generated again from the same values, validated by one thread.
        List<ValidationReport> expected = new ArrayList<>();
        for (Mission mission : fresh) {
            expected.add(MissionValidator.validate(io.github.peacekeeping.core.Mission.builder().from(mission).build()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<ValidationReport>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t * 37;
                Callable<List<ValidationReport>> task = () -> {
                    start.await();
                    List<ValidationReport> reports = new ArrayList<>(fresh.size());
                    for (int i = 0; i < fresh.size(); i++) {
                        reports.add(null);
                    }
                    // Each thread walks the shared missions from a different place, so they collide.
                    for (int k = 0; k < fresh.size(); k++) {
                        int i = (k + offset) % fresh.size();
                        reports.set(i, MissionValidator.validate(fresh.get(i)));
                    }
                    return reports;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (Future<List<ValidationReport>> result : results) {
                assertThat(result.get(2, TimeUnit.MINUTES)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected.stream().mapToInt(r -> r.findings().size()).sum()).isPositive();
    }
}
