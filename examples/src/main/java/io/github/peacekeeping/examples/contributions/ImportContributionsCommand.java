package io.github.peacekeeping.examples.contributions;

import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.examples.Messages;
import io.github.peacekeeping.examples.PeacekeepingCli;
import io.github.peacekeeping.examples.RecordsOutput;
import io.github.peacekeeping.json.PeacekeepingJson;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Imports a UN/IPI contribution file ({@link ContributionsCsv}): writes its records as JSON Lines, the
 * wire format's flat records ({@link PeacekeepingJson#recordWriter(Writer)}), and prints the
 * {@link ImportSummary}; progress goes to standard error.
 *
 * <p>It writes flat records, not mission documents: a mission document needs at least one mandate
 * decision, which a contribution file does not give.
 *
 * <p>The file is read as UTF-8; {@code -} reads standard input. Refused rows are listed and the others
 * imported. The output file is written whole or not at all: the records go to a temporary file beside
 * it, which replaces the output once the whole input is read, so that a failed import leaves no partial
 * file and an earlier output as it was. With {@code -o -} the records go to standard output as they are
 * read, and the summary to standard error.
 *
 * <p>Exit code 0 when every row was imported, 1 when some rows were refused (the others are imported),
 * 2 when the input cannot be read or is not a contribution file, or the output cannot be written
 * (the problem on standard error, naming the file).
 */
@Command(name = "import-contributions", description = "Reads a UN/IPI contributions CSV (the format of "
        + "Gender.Full.csv), writes its deployments as JSON Lines and prints a summary. Exit code 0: every row "
        + "imported; 1: some rows refused (listed), the others imported; 2: the input cannot be read or is not "
        + "a contribution file, or the output cannot be written.")
public final class ImportContributionsCommand implements Callable<Integer> {

    /** Exit code when some rows were refused. */
    public static final int REFUSED_ROWS = 1;
    /** Exit code when the input cannot be read or is not a contribution file, or the output cannot be written. */
    public static final int UNREADABLE = 2;

    /** The file name that stands for standard input or standard output. */
    private static final Path STANDARD_STREAM = RecordsOutput.STANDARD_STREAM;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private PeacekeepingCli cli;

    @Parameters(paramLabel = "FILE", description = "The CSV file, in UTF-8; - for standard input.")
    private Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the JSON Lines records, replacing the file once the import is done; "
                    + "- for standard output, which then leaves the summary to standard error. Without it no "
                    + "records are written.")
    private Path output;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "How many contributors to list (default: ${DEFAULT-VALUE}).")
    private int top;

    /**
     * Creates the command; picocli calls it.
     */
    public ImportContributionsCommand() {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean toStdout = STANDARD_STREAM.equals(output);
        PrintWriter report = toStdout ? spec.commandLine().getErr() : out;
        if (isInputAlsoOutput()) {
            return fail(output, "cannot write: it is the input file");
        }
        BufferedReader csv;
        try {
            csv = open();
        } catch (IOException e) {
            return fail(inputName(), "cannot read: " + Messages.describe(e));
        }
        ImportSummary summary;
        try (BufferedReader in = csv) {
            summary = RecordsOutput.write(output, out, PeacekeepingJson.standard()::recordWriter,
                    records -> read(in, records));
        } catch (RecordsOutput.OutputFailure e) {
            return fail(output, "cannot write: " + Messages.describe(e.getCause()));
        } catch (IOException e) {
            return fail(inputName(), Messages.describe(e));
        }
        summary.print(report, top);
        if (output == null) {
            report.println("no --output given: records not written");
        }
        return summary.refusals().isEmpty() ? 0 : REFUSED_ROWS;
    }

    private ImportSummary read(BufferedReader in, Consumer<? super ContributionRecord> records) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        return ContributionsCsv.read(in, records, rows -> err.println("... " + rows + " rows read"));
    }

    /** Opens the input as UTF-8, bytes that are not UTF-8 read as U+FFFD, which refuses their rows. */
    private BufferedReader open() throws IOException {
        InputStream bytes;
        if (STANDARD_STREAM.equals(input)) {
            // Standard input belongs to the caller: read, not closed, with the CSV.
            bytes = new FilterInputStream(cli.standardInput()) {
                @Override
                public void close() {
                }
            };
        } else if (Files.isDirectory(input)) {
            // Opened as a file, it would fail only at the first read, in the system's words.
            throw new FileSystemException(input.toString(), null, "is a directory");
        } else {
            bytes = Files.newInputStream(input);
        }
        return new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
    }

    /** Whether the output names the input file, which replacing it would destroy. */
    private boolean isInputAlsoOutput() {
        if (output == null || STANDARD_STREAM.equals(output) || STANDARD_STREAM.equals(input)) {
            return false;
        }
        try {
            return Files.exists(output) && Files.isSameFile(input, output);
        } catch (IOException e) {
            // The input cannot be read: opening it reports why.
            return false;
        }
    }

    private String inputName() {
        return STANDARD_STREAM.equals(input) ? "standard input" : input.toString();
    }

    private int fail(Object file, String problem) {
        spec.commandLine().getErr().println(Messages.oneLine(file + ": " + problem));
        return UNREADABLE;
    }
}
