package io.github.peacekeeping.examples.validate;

import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.validation.MissionValidator;
import io.github.peacekeeping.core.validation.ValidationReport;
import io.github.peacekeeping.examples.Messages;
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
 * with {@link MissionValidator}, and prints every finding, in one of two formats:
 * <ul>
 *   <li>{@code --format text} (the default, {@link TextFindings}): {@code SEVERITY CODE PATH: message}, one
 *       a line, or {@code no findings}; with several files, each file's findings follow a line
 *       {@code == FILE ==};</li>
 *   <li>{@code --format json} ({@link JsonLinesFindings}), for CI pipelines: one JSON object a line per
 *       finding, with the file, severity, code, path, line and column where known, and message.</li>
 * </ul>
 * A document that cannot be read is reported on standard error with its JSON path, line and column (and,
 * in the JSON format, on standard output too); the other files are still validated. Every line printed is
 * one line whatever the documents and file names hold.
 *
 * <p>Exit code 0 when no file has an ERROR finding, 1 when some file has one, 2 when some file cannot be
 * read or is not a mission document (this wins over 1).
 */
@Command(name = "validate", description = "Validates mission documents (JSON): prints every finding as "
        + "SEVERITY CODE PATH: message, or as JSON Lines with --format json. Exit code 0: no ERROR; 1: some ERROR; "
        + "2: a file cannot be read or parsed.")
public final class ValidateCommand implements Callable<Integer> {

    /** Exit code when no document has an ERROR finding. */
    public static final int VALID = 0;
    /** Exit code when some document has an ERROR finding. */
    public static final int ERRORS = 1;
    /** Exit code when some document cannot be read or is not a mission document. */
    public static final int UNREADABLE = 2;

    /** How the findings are printed. */
    public enum Format {
        /** {@code SEVERITY CODE PATH: message}, one a line. */
        TEXT,
        /** One JSON object a line per finding: file, severity, code, path, line, column, message. */
        JSON
    }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Mission documents in the JSON wire format.")
    private List<Path> files;

    @Option(names = "--ignore-unknown-fields",
            description = "Read documents with fields this version does not know, ignoring those fields.")
    private boolean ignoreUnknownFields;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default): SEVERITY CODE PATH: message, one a line; json: one JSON object a line "
                    + "per finding, with file, severity, code, path, line, column and message.")
    private Format format;

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
        FindingsOutput output = format == Format.JSON ? new JsonLinesFindings(out) : new TextFindings(out, files.size() > 1);
        int exitCode = VALID;
        for (Path file : files) {
            output.begin(file);
            Mission mission;
            try {
                // Streams the file: its size is bounded by the format's limits, not by reading it whole first.
                mission = json.readMission(file);
            } catch (PeacekeepingJsonException e) {
                // The message names the problem, the JSON path, the line and the column.
                err.println(Messages.oneLine(file + ": " + e.getMessage()));
                output.notAMissionDocument(file, e);
                exitCode = UNREADABLE;
                continue;
            } catch (IOException e) {
                err.println(Messages.oneLine(file + ": cannot read: " + Messages.describe(e)));
                output.cannotRead(file, Messages.describe(e));
                exitCode = UNREADABLE;
                continue;
            }
            ValidationReport report = MissionValidator.validate(mission);
            output.report(file, report);
            if (!report.isValid() && exitCode == VALID) {
                exitCode = ERRORS;
            }
        }
        return exitCode;
    }
}
