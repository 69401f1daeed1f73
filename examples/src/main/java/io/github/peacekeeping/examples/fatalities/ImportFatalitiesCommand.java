package io.github.peacekeeping.examples.fatalities;

import io.github.peacekeeping.examples.Messages;
import io.github.peacekeeping.examples.RecordsOutput;
import io.github.peacekeeping.json.PeacekeepingJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Imports the UN's fatality file ({@link FatalitiesCsv}), writes its records as JSON Lines, the wire
 * format's fatality records ({@link PeacekeepingJson#fatalityWriter(java.io.Writer)}), and prints the
 * {@link FatalityImport}: the rows refused with their lines and reasons, the aliases resolved, and the
 * deaths per mission and year.
 *
 * <p>With {@code -o FILE} the records are written as {@code import-contributions} writes its records
 * ({@link RecordsOutput}): the file is replaced only once the whole input is read, and {@code -o -} writes
 * them to standard output, the summary then going to standard error. Without it no records are written.
 *
 * <p>Exit code 0 when every row was imported, 1 when some rows were refused (the others are imported), 2 when
 * the file cannot be read or is not a fatality file, or the output cannot be written (the problem on
 * standard error, naming the file).
 */
@Command(name = "import-fatalities", description = "Reads the UN's fatality file (DPPADPOSS-FATALITIES.csv), resolves "
        + "its names of missions, writes its records as JSON Lines and prints the refused rows and the deaths per "
        + "mission and year. Exit code 0: every row imported; 1: some rows refused (listed), the others imported; "
        + "2: the input cannot be read or is not a fatality file, or the output cannot be written.")
public final class ImportFatalitiesCommand implements Callable<Integer> {

    /** Exit code when some rows were refused. */
    public static final int REFUSED_ROWS = 1;
    /** Exit code when the file cannot be read or is not a fatality file, or the output cannot be written. */
    public static final int UNREADABLE = 2;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The CSV file.")
    private Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the JSON Lines records, replacing the file once the import is done; "
                    + "- for standard output, which then leaves the summary to standard error. Without it no "
                    + "records are written.")
    private Path output;

    /**
     * Creates the command; picocli calls it.
     */
    public ImportFatalitiesCommand() {
    }

    @Override
    public Integer call() {
        boolean toStdout = RecordsOutput.STANDARD_STREAM.equals(output);
        PrintWriter report = toStdout ? spec.commandLine().getErr() : spec.commandLine().getOut();
        if (isInputAlsoOutput()) {
            return fail(output, "cannot write: it is the input file");
        }
        FatalityImport summary;
        try (BufferedReader csv = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            summary = RecordsOutput.write(output, spec.commandLine().getOut(),
                    PeacekeepingJson.standard()::fatalityWriter,
                    records -> FatalitiesCsv.read(csv, OperationNames.reference(), records));
        } catch (RecordsOutput.OutputFailure e) {
            return fail(output, "cannot write: " + Messages.describe(e.getCause()));
        } catch (IOException | UncheckedIOException e) {
            return fail(file, e.getMessage());
        }
        summary.print(report);
        return summary.refusals().isEmpty() ? 0 : REFUSED_ROWS;
    }

    /** Whether the output names the input file, which replacing it would destroy. */
    private boolean isInputAlsoOutput() {
        if (output == null || RecordsOutput.STANDARD_STREAM.equals(output)) {
            return false;
        }
        try {
            return Files.exists(output) && Files.isSameFile(file, output);
        } catch (IOException e) {
            // The input cannot be read: opening it reports why.
            return false;
        }
    }

    private int fail(Object name, String problem) {
        spec.commandLine().getErr().println(Messages.oneLine(name + ": " + problem));
        return UNREADABLE;
    }
}
