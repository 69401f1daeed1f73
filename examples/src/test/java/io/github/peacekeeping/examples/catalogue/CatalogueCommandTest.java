package io.github.peacekeeping.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.examples.Cli;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueCommandTest {

    @Test
    void listsEveryOperationWithoutFilters() {
        Cli.Result all = Cli.run("catalogue");

        assertThat(all.exitCode()).isZero();
        assertThat(lines(all.out())).hasSize(72).last().isEqualTo("71 of 71 operations (catalogue as of 2026-11-28)");
        assertThat(lines(all.out())).first().asString()
                .startsWith("UNTSO      1948-05-29 to active      MIDDLE_EAST  EGY ISR JOR LBN SYR")
                .endsWith("United Nations Truce Supervision Organization");
    }

    @Test
    void activeListsTheElevenCurrentOperations() {
        List<String> lines = lines(Cli.run("catalogue", "--active").out());

        assertThat(lines).hasSize(12).last().isEqualTo("11 of 71 operations (catalogue as of 2026-11-28)");
        assertThat(lines).noneMatch(l -> l.startsWith("MINUSMA"));
        assertThat(lines).anyMatch(l -> l.startsWith("UNIFIL     1978-03-19 to active      MIDDLE_EAST  LBN "));
    }

    @Test
    void filtersCombine() {
        List<String> lines = lines(Cli.run("catalogue", "--region", "europe", "--year", "1995").out());

        assertThat(lines).extracting(l -> l.split(" ")[0])
                .containsExactly("UNFICYP", "UNPROFOR", "UNOMIG", "UNPREDEP", "UNCRO", "UNMIBH", "6");
    }

    @Test
    void anUnknownRegionIsAUsageError() {
        Cli.Result wrong = Cli.run("catalogue", "--region", "ANTARCTICA");

        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("Invalid value for option '--region'");
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\n"));
    }
}
