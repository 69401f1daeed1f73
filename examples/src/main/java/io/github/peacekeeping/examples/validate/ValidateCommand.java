package io.github.peacekeeping.examples.validate;

import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.validation.Finding;
import io.github.peacekeeping.core.validation.MissionValidator;
import io.github.peacekeeping.core.validation.ValidationReport;
import io.github.peacekeeping.json.PeacekeepingJson;
import io.github.peacekeeping.json.PeacekeepingJsonException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Validates mission documents in the JSON wire format: reads each with {@link PeacekeepingJson}, checks it
 * with {@link MissionValidator}, and prints every finding as {@code SEVERITY CODE PATH: message}, one a
 * line, or {@code no findings}. With several files, each file's findings follow a line {@code == FILE ==}.
 * A document that cannot be read is reported on standard error with its JSON path, line and column; the
 * other files are still validated.
 *
 * <p>Exit code 0 when no file has an ERROR finding, 1 when some file has one, 2 when some file cannot be
 * read or is not a mission document (this wins over 1).
 */
@Command(name = "validate", description = "Validates mission documents (JSON): prints every finding as "
        + "SEVERITY CODE PATH: message. Exit code 0: no ERROR; 1: some ERROR; 2: a file cannot be read or parsed.")
public final class ValidateCommand implements Callable<Integer> {

    /** Exit code when no document has an ERROR finding. */
    public static final int VALID = 0;
    /** Exit code when some document has an ERROR finding. */
    public static final int ERRORS = 1;
    /** Exit code when some document cannot be read or is not a mission document. */
    public static final int UNREADABLE = 2;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Mission documents in the JSON wire format.")
    private List<Path> files;

    @Option(names = "--ignore-unknown-fields",
            description = "Read documents with fields this version does not know, ignoring those fields.")
    private boolean ignoreUnknownFields;

    /**
     * Creates the command; picocli calls it.
     */
    public ValidateCommand() {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PeacekeepingJson json = ignoreUnknownFields
                ? PeacekeepingJson.standard().withUnknownFieldsIgnored() : PeacekeepingJson.standard();
        int exitCode = VALID;
        for (Path file : files) {
            if (files.size() > 1) {
                out.println("== " + file + " ==");
            }
            Mission mission;
            try {
                // Streams the file: its size is bounded by the format's limits, not by reading it whole first.
                mission = json.readMission(file);
            } catch (PeacekeepingJsonException e) {
                // The message names the problem, the JSON path, the line and the column.
                err.println(file + ": " + e.getMessage());
                out.println("not a valid mission document: see standard error");
                exitCode = UNREADABLE;
                continue;
            } catch (IOException e) {
                err.println(file + ": cannot read: " + e);
                out.println("cannot be read: see standard error");
                exitCode = UNREADABLE;
                continue;
            }
            ValidationReport report = MissionValidator.validate(mission);
            for (Finding finding : report.findings()) {
                out.println(finding);
            }
            if (report.findings().isEmpty()) {
                out.println("no findings");
            }
            if (!report.isValid() && exitCode == VALID) {
                exitCode = ERRORS;
            }
        }
        return exitCode;
    }
}
