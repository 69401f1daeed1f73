package io.github.peacekeeping.examples.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.examples.Cli;
import io.github.peacekeeping.examples.tour.Unamir;
import io.github.peacekeeping.json.PeacekeepingJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    /** PK112 once, where 918 (1994) tasks the protection of civilians; 965 (1994) keeps it so. */
    private static final String PK112_918 =
            "WARNING PK112 /mandates/3/tasks: S/RES/918 (1994) tasks PROTECTION_OF_CIVILIANS without Chapter VII\n";

    @TempDir
    Path dir;

    private Path unamir;
    private Path outOfOrder;
    private Path missingComma;
    private Path unknownHost;

    @BeforeEach
    void copyDocuments() throws IOException {
        unamir = copy("unamir.json");
        outOfOrder = copy("unamir-out-of-order.json");
        missingComma = copy("unamir-missing-comma.json");
        unknownHost = copy("unamir-unknown-host.json");
    }

    @Test
    void theReferenceDocumentHasNoErrorAndExitsWithZero() {
        Cli.Result result = Cli.run("validate", unamir.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(PK112_918);
        assertThat(result.err()).isEmpty();
    }

    @Test
    void theReferenceDocumentIsTheTourUnamirWithoutResolution893() throws IOException {
        Mission read = PeacekeepingJson.standard().readMission(unamir);

        assertThat(read).isEqualTo(Unamir.asInReferenceDocument());
    }

    @Test
    void decisionsOutOfOrderAreAnErrorAndExitWithOne() {
        Cli.Result result = Cli.run("validate", outOfOrder.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEqualTo("ERROR PK109 /mandates/2/effective: S/RES/909 (1994) takes effect on "
                + "1994-04-05, before the decision recorded ahead of it, S/RES/912 (1994), on 1994-04-21\n"
                + PK112_918);
    }

    @Test
    void aDocumentThatIsNotJsonExitsWithTwoAndItsLocationOnStandardError() {
        Cli.Result result = Cli.run("validate", missingComma.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEqualTo("not a valid mission document: see standard error\n");
        assertThat(result.err()).startsWith(missingComma + ": Unexpected character ('\"' (code 34)): "
                + "was expecting comma to separate Object entries")
                .endsWith(" at region (line 8, column 3)\n");
    }

    @Test
    void aValueTheModelRefusesExitsWithTwoAndItsPathOnStandardError() {
        Cli.Result result = Cli.run("validate", unknownHost.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo(unknownHost + ": Invalid value for hosts: \"RWX\" (not an ISO 3166-1 "
                + "alpha-3 code, XKX or a former ISO 3166-3 code) at hosts[0] (line 5, column 5)\n");
    }

    @Test
    void severalFilesAreEachNamedAndTheWorstExitCodeWins() {
        Path missing = dir.resolve("missing.json");

        Cli.Result result = Cli.run("validate", unamir.toString(), outOfOrder.toString(), missing.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).startsWith("== " + unamir + " ==\n" + PK112_918
                + "== " + outOfOrder + " ==\nERROR PK109 /mandates/2/effective: ")
                .endsWith("== " + missing + " ==\ncannot be read: see standard error\n");
        assertThat(result.err()).startsWith(missing + ": cannot read: java.nio.file.NoSuchFileException: ");
        assertThat(Cli.run("validate", unamir.toString(), outOfOrder.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void aMissionWithoutFindingsSaysSo() throws IOException {
        Path untag = dir.resolve("untag.json");
        PeacekeepingJson.standard().writeMission(io.github.peacekeeping.examples.tour.Untag.mission(), untag);

        Cli.Result result = Cli.run("validate", untag.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("no findings\n");
    }

    @Test
    void withoutAFileItIsAUsageError() {
        assertThat(Cli.run("validate").exitCode()).isEqualTo(2);
    }

    private Path copy(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/validate/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }
}
