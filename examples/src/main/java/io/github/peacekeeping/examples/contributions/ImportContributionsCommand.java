package io.github.peacekeeping.examples.contributions;

import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.json.ContributionRecordWriter;
import io.github.peacekeeping.json.PeacekeepingJson;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Imports a UN/IPI contribution file ({@link ContributionsCsv}): writes its records as JSON Lines, the
 * wire format's flat records ({@link PeacekeepingJson#recordWriter(Writer)}), and prints the {@link ImportSummary}; progress goes to standard error.
 *
 * <p>It writes flat records, not mission documents: a mission document needs at least one mandate
 * decision, which a contribution file does not give.
 *
 * <p>Exit code 0 when every row was imported, 1 when some rows were refused (the others are imported),
 * 2 when the file cannot be read or is not a contribution file.
 */
@Command(name = "import-contributions", description = "Reads a UN/IPI contributions CSV (the format of "
        + "Gender.Full.csv), writes its deployments as JSON Lines and prints a summary.")
public final class ImportContributionsCommand implements Callable<Integer> {

    /** Exit code when some rows were refused. */
    public static final int REFUSED_ROWS = 1;
    /** Exit code when the file cannot be read or is not a contribution file. */
    public static final int UNREADABLE = 2;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The CSV file.")
    private Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the JSON Lines records; - for standard output, which then leaves "
                    + "the summary to standard error. Without it no records are written.")
    private String output;

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
        PrintWriter err = spec.commandLine().getErr();
        boolean toStdout = "-".equals(output);
        PrintWriter report = toStdout ? err : out;
        ImportSummary summary;
        try (BufferedReader csv = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                ContributionRecordWriter records = output == null ? null
                        : PeacekeepingJson.standard().recordWriter(writer(toStdout, out))) {
            Consumer<ContributionRecord> sink = records == null ? r -> { } : r -> write(records, r);
            summary = ContributionsCsv.read(csv, sink, rows -> err.println("... " + rows + " rows read"));
        } catch (IOException | UncheckedIOException e) {
            err.println(file + ": " + e.getMessage());
            return UNREADABLE;
        }
        summary.print(report, top);
        if (output == null) {
            report.println("no --output given: records not written");
        }
        return summary.refusals().isEmpty() ? 0 : REFUSED_ROWS;
    }

    private static void write(ContributionRecordWriter records, ContributionRecord record) {
        try {
            records.write(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Writer writer(boolean toStdout, PrintWriter out) throws IOException {
        if (toStdout) {
            // Not closed with the records: standard output belongs to the caller.
            return new Writer() {
                @Override
                public void write(char[] buffer, int offset, int length) {
                    out.write(buffer, offset, length);
                }

                @Override
                public void flush() {
                    out.flush();
                }

                @Override
                public void close() {
                    out.flush();
                }
            };
        }
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(Path.of(output)), StandardCharsets.UTF_8));
    }
}
