package io.github.peacekeeping.examples.report;

import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.fatality.Fatality;
import io.github.peacekeeping.examples.Messages;
import io.github.peacekeeping.examples.fatalities.FatalitiesCsv;
import io.github.peacekeeping.examples.fatalities.FatalityImport;
import io.github.peacekeeping.examples.fatalities.OperationNames;
import io.github.peacekeeping.json.ContributionRecordReader;
import io.github.peacekeeping.json.FatalityRecordReader;
import io.github.peacekeeping.json.PeacekeepingJson;
import io.github.peacekeeping.json.PeacekeepingJsonException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Writes the report of one mission ({@link MissionReport}) into a directory: the page index.html and the
 * charts of authorized against deployed strength, women's share and fatalities per year, as SVG.
 *
 * <p>Inputs: the mission document (JSON wire format, read with {@link PeacekeepingJson}); optionally the
 * contributors' figures as JSON Lines contribution records ({@code import-contributions}' output), of which
 * the records of this mission are used; and optionally the deaths, of which those in this mission are used:
 * either fatality records in JSON Lines ({@code import-fatalities -o}'s output) or the UN's fatality file
 * itself as CSV ({@code DPPADPOSS-FATALITIES.csv}, read as {@code import-fatalities} reads it), told apart by
 * their first character (a JSON object opens with a brace).
 *
 * <p>Exit code 0 when the report is written; 1 when it is written but some input records were left out (a
 * contribution record repeating a figure given before, rows of the fatality file that do not read), each
 * reported on standard error; 2 when an input cannot be read or is not what it should be, or the report
 * cannot be written: then nothing is written. Every message is one line and names the file.
 */
@Command(name = "report", description = "Writes the report of one mission into a directory: index.html and the "
        + "SVG charts of authorized against deployed strength, women's share by category and fatalities per year. "
        + "Exit code 0: written; 1: written, some input records left out; 2: an input cannot be read, or the "
        + "report cannot be written (nothing is written).")
public final class ReportCommand implements Callable<Integer> {

    /** Exit code when the report was written but some input records were left out. */
    public static final int RECORDS_LEFT_OUT = 1;
    /** Exit code when an input cannot be read or the report cannot be written. */
    public static final int UNREADABLE = 2;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "MISSION-FILE", description = "The mission document (JSON wire format).")
    private Path missionFile;

    @Option(names = "--contributions", paramLabel = "FILE",
            description = "Contribution records (JSON Lines, as import-contributions writes them); those of the mission are used.")
    private Path contributionsFile;

    @Option(names = "--fatalities", paramLabel = "FILE",
            description = "Fatality records (JSON Lines, as import-fatalities -o writes them) or the UN's fatality file "
                    + "(CSV, as import-fatalities reads it); the deaths in the mission are used.")
    private Path fatalitiesFile;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "The directory to write into, created if needed.")
    private Path directory;

    @Option(names = "--source", paramLabel = "TEXT",
            description = "A sentence saying where the inputs come from, printed at the top of the page; may be repeated.")
    private List<String> sources = new ArrayList<>();

    /**
     * Creates the command; picocli calls it.
     */
    public ReportCommand() {
    }

    /** An input that cannot be used: the message, one line, names the file and the problem. */
    private static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(Path file, String problem) {
            super(Messages.oneLine(file + ": " + problem), null, false, false);
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> leftOut = new ArrayList<>();
        MissionReport report;
        try {
            Mission mission = mission();
            ReportInputs inputs = new ReportInputs(mission);
            if (contributionsFile != null) {
                readContributions(inputs, leftOut);
                out.println(Messages.oneLine(contributionsFile + ": " + inputs.taken() + " records of "
                        + mission.acronym() + " used, " + inputs.otherMissions() + " of other missions skipped"));
            }
            Optional<List<Fatality>> fatalities = Optional.empty();
            if (fatalitiesFile != null) {
                fatalities = Optional.of(fatalities(mission.acronym(), leftOut));
                out.println(Messages.oneLine(fatalitiesFile + ": " + fatalities.get().size() + " deaths in "
                        + mission.acronym()));
            }
            Mission joined;
            try {
                joined = inputs.mission();
            } catch (PeacekeepingException e) {
                throw new Unreadable(contributionsFile, "the records do not join the mission: " + e.getMessage());
            }
            report = MissionReport.of(joined, contributionsFile != null, fatalities, sources);
        } catch (Unreadable e) {
            err.println(e.getMessage());
            return UNREADABLE;
        }
        List<Path> written;
        try {
            written = report.write(directory);
        } catch (IOException e) {
            err.println(Messages.oneLine(directory + ": cannot write the report: " + Messages.describe(e)));
            return UNREADABLE;
        }
        for (String line : leftOut) {
            err.println(line);
        }
        for (Path file : written) {
            out.println(Messages.oneLine("wrote " + file));
        }
        return leftOut.isEmpty() ? 0 : RECORDS_LEFT_OUT;
    }

    private Mission mission() throws Unreadable {
        try {
            return PeacekeepingJson.standard().readMission(missionFile);
        } catch (PeacekeepingJsonException e) {
            throw new Unreadable(missionFile, e.getMessage());
        } catch (IOException e) {
            throw new Unreadable(missionFile, "cannot read: " + Messages.describe(e));
        }
    }

    private void readContributions(ReportInputs inputs, List<String> leftOut) throws Unreadable {
        try (ContributionRecordReader records = PeacekeepingJson.standard().recordReader(contributionsFile)) {
            for (ContributionRecord record = records.read(); record != null; record = records.read()) {
                String refusal = inputs.add(record);
                if (refusal != null) {
                    leftOut.add(Messages.oneLine(contributionsFile + ": line " + records.lineNumber() + ": left out: "
                            + refusal));
                }
            }
        } catch (PeacekeepingJsonException e) {
            throw new Unreadable(contributionsFile, e.getMessage());
        } catch (IOException e) {
            throw new Unreadable(contributionsFile, "cannot read: " + Messages.describe(e));
        }
    }

    private List<Fatality> fatalities(String acronym, List<String> leftOut) throws Unreadable {
        return isJsonLines(fatalitiesFile) ? fatalityRecords(acronym) : fatalityCsv(acronym, leftOut);
    }

    /**
     * Whether a file holds JSON Lines rather than CSV: its first character other than a byte order mark or
     * white space opens an object, which no line of the UN's CSV file does (its header starts with "id").
     */
    private static boolean isJsonLines(Path file) throws Unreadable {
        try (BufferedReader text = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (int c = text.read(); c >= 0; c = text.read()) {
                if (c != '\uFEFF' && !Character.isWhitespace(c)) {
                    return c == '{';
                }
            }
            return false;
        } catch (IOException e) {
            // Undecodable bytes: neither form can be read.
            throw new Unreadable(file, "cannot read: " + Messages.describe(e));
        }
    }

    /** The deaths in the mission among fatality records in JSON Lines ({@code import-fatalities -o}). */
    private List<Fatality> fatalityRecords(String acronym) throws Unreadable {
        List<Fatality> deaths = new ArrayList<>();
        try (FatalityRecordReader records = PeacekeepingJson.standard().fatalityReader(fatalitiesFile)) {
            for (Fatality record = records.read(); record != null; record = records.read()) {
                if (record.mission().equals(acronym)) {
                    deaths.add(record);
                }
            }
        } catch (PeacekeepingJsonException e) {
            throw new Unreadable(fatalitiesFile, e.getMessage());
        } catch (IOException e) {
            throw new Unreadable(fatalitiesFile, "cannot read: " + Messages.describe(e));
        }
        return deaths;
    }

    /** The deaths in the mission in the UN's CSV file, read as {@code import-fatalities} reads it. */
    private List<Fatality> fatalityCsv(String acronym, List<String> leftOut) throws Unreadable {
        List<Fatality> deaths = new ArrayList<>();
        FatalityImport summary;
        try (BufferedReader csv = Files.newBufferedReader(fatalitiesFile, StandardCharsets.UTF_8)) {
            summary = FatalitiesCsv.read(csv, OperationNames.reference(), fatality -> {
                if (fatality.mission().equals(acronym)) {
                    deaths.add(fatality);
                }
            });
        } catch (UncheckedIOException e) {
            throw new Unreadable(fatalitiesFile, "cannot read: " + Messages.describe(e.getCause()));
        } catch (IOException e) {
            // The CSV reader's messages give the line and the problem; the file system's are worded by describe.
            throw new Unreadable(fatalitiesFile, e instanceof FileSystemException
                    ? "cannot read: " + Messages.describe(e) : e.getMessage());
        }
        summary.refusals().forEach(refusal -> leftOut.add(Messages.oneLine(fatalitiesFile + ": " + refusal
                + " (row left out)")));
        return deaths;
    }
}
