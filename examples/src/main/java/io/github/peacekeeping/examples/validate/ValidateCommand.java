package io.github.peacekeeping.examples.validate;

import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.fatality.Fatality;
import io.github.peacekeeping.core.validation.FatalityValidator;
import io.github.peacekeeping.core.validation.MissionValidator;
import io.github.peacekeeping.core.validation.SuccessionValidator;
import io.github.peacekeeping.core.validation.ValidationReport;
import io.github.peacekeeping.examples.Messages;
import io.github.peacekeeping.json.FatalityRecordReader;
import io.github.peacekeeping.json.PeacekeepingJson;
import io.github.peacekeeping.json.PeacekeepingJsonException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * <p>With {@code --fatalities RECORDS}, a file of fatality records in JSON Lines (as {@code import-fatalities
 * -o} writes them), the records of each mission are checked against it ({@link FatalityValidator}: deaths
 * before the mission or after it, nationalities out of their time, casualties recorded twice). With
 * several mission files of which one has links to other missions, the links between them are checked ({@link SuccessionValidator}: a
 * successor established before its predecessor, links that disagree). Their findings follow the missions'.
 *
 * <p>Exit code 0 when no file has an ERROR finding, 1 when some file has one (fatality and succession
 * findings included), 2 when some file cannot be read or is not a mission document or a file of fatality
 * records (this wins over 1).
 */
@Command(name = "validate", description = "Validates mission documents (JSON): prints every finding as "
        + "SEVERITY CODE PATH: message, or as JSON Lines with --format json; with --fatalities, checks fatality "
        + "records against each mission, and with several files the links between their missions. Exit code 0: "
        + "no ERROR; 1: some ERROR; 2: a file cannot be read or parsed.")
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

    @Option(names = "--fatalities", paramLabel = "RECORDS",
            description = "Fatality records in JSON Lines (as import-fatalities -o writes them): checks the records "
                    + "of each mission against it.")
    private Path fatalitiesFile;

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
        FatalityRecords fatalities = null;
        if (fatalitiesFile != null) {
            fatalities = readFatalities(json, output, err);
            if (fatalities == null) {
                exitCode = UNREADABLE;
            }
        }
        List<Mission> missions = new ArrayList<>();
        List<Path> missionFiles = new ArrayList<>();
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
            exitCode = worse(exitCode, report);
            if (fatalities != null) {
                ValidationReport checked = FatalityValidator.validate(mission, fatalities.records());
                output.fatalities(fatalitiesFile, mission, checked, fatalities.lines());
                exitCode = worse(exitCode, checked);
            }
            missions.add(mission);
            missionFiles.add(file);
        }
        // Without a link among them there is nothing to check, and nothing is printed.
        if (missions.size() > 1 && missions.stream().anyMatch(m -> !m.links().isEmpty())) {
            ValidationReport succession = SuccessionValidator.validate(missions);
            output.succession(missionFiles, succession);
            exitCode = worse(exitCode, succession);
        }
        return exitCode;
    }

    private static int worse(int exitCode, ValidationReport report) {
        return !report.isValid() && exitCode == VALID ? ERRORS : exitCode;
    }

    /**
     * The fatality records of a file, in memory (the UN's file of 2025 has 4,429), with the line of each.
     *
     * @param records  the records, in the order of the file
     * @param lines    the line of each record
     */
    private record FatalityRecords(List<Fatality> records, List<Integer> lines) {
    }

    /** Reads the fatality records, or reports why it cannot and returns null. */
    private FatalityRecords readFatalities(PeacekeepingJson json, FindingsOutput output, PrintWriter err) {
        List<Fatality> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (FatalityRecordReader reader = json.fatalityReader(fatalitiesFile)) {
            for (Fatality record = reader.read(); record != null; record = reader.read()) {
                records.add(record);
                lines.add(reader.lineNumber());
            }
        } catch (PeacekeepingJsonException e) {
            // The message names the problem, the line and the column.
            err.println(Messages.oneLine(fatalitiesFile + ": " + e.getMessage()));
            output.cannotRead(fatalitiesFile, e.getMessage());
            return null;
        } catch (IOException e) {
            err.println(Messages.oneLine(fatalitiesFile + ": cannot read: " + Messages.describe(e)));
            output.cannotRead(fatalitiesFile, Messages.describe(e));
            return null;
        }
        return new FatalityRecords(List.copyOf(records), List.copyOf(lines));
    }
}
