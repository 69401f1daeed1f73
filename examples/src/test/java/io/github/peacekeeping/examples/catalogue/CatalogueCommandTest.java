package io.github.peacekeeping.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.MissionProfile;
import io.github.peacekeeping.examples.Cli;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest
    @ValueSource(strings = {"2027", "3000", "2147483647"})
    void aYearAfterTheCataloguesDayIsAUsageError(String year) {
        Cli.Result result = Cli.run("catalogue", "--year", year);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("Invalid value for option '--year': " + year
                + " (after the catalogue's day, 2026-11-28: the record cannot tell)\nUsage: peacekeeping-examples catalogue");
    }

    @Test
    void theCataloguesYearListsTheOperationsOfThatYearUpToItsDay() {
        List<String> lines = lines(Cli.run("catalogue", "--year", "2026").out());
        // Those still active on the catalogue's day and those that closed earlier in 2026.
        List<String> of2026 = Catalogue.reference().select(e -> e.closed().map(c -> c.latest().getYear() == 2026).orElse(true))
                .stream().map(MissionProfile::acronym).collect(Collectors.toList());

        assertThat(lines.subList(0, lines.size() - 1)).extracting(l -> l.split(" ")[0])
                .containsExactlyElementsOf(of2026).contains("UNTSO", "UNIFIL", "MINUSCA");
        assertThat(lines).last().isEqualTo(of2026.size() + " of 71 operations (catalogue as of 2026-11-28)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1947", "1", "-999999999", "-2147483648"})
    void aYearBeforeTheFirstOperationListsNone(String year) {
        Cli.Result result = Cli.run("catalogue", "--year", year);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("0 of 71 operations (catalogue as of 2026-11-28)\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void theFirstYearListsTheFirstOperation() {
        assertThat(lines(Cli.run("catalogue", "--year", "1948").out())).extracting(l -> l.split(" ")[0])
                .containsExactly("UNTSO", "1");
    }

    @Test
    void unavemIIsListedFromTheYearOfItsEstablishingDecision() {
        // Established by S/RES/626 (1988) of 20 December 1988 (operations.PROVENANCE.txt, item 19): the UN's list
        // gave January 1989, the month its observers deployed, and --year 1988 did not list it before.
        List<String> lines = lines(Cli.run("catalogue", "--year", "1988").out());

        assertThat(lines).anyMatch(l -> l.startsWith("UNAVEM I   1988-12-20 to 1991-06     AFRICA       AGO"));
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
