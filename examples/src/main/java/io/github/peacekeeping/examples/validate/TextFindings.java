package io.github.peacekeeping.examples.validate;

import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.validation.Finding;
import io.github.peacekeeping.core.validation.ValidationReport;
import io.github.peacekeeping.examples.Messages;
import io.github.peacekeeping.json.PeacekeepingJsonException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The text format: each finding as {@code SEVERITY CODE PATH: message}, one a line, or {@code no
 * findings}; with several files, each file's lines after a line {@code == FILE ==}. A file that cannot be
 * read gives one line that sends the reader to standard error, where the problem is. The findings of
 * fatality records follow a line {@code == RECORDS: fatalities of ACRONYM ==}, their paths starting with
 * the record's index in the file; those of the links between missions follow a line
 * {@code == succession of /0 FILE, /1 FILE ==}, their paths starting with the index of the mission's file.
 */
final class TextFindings implements FindingsOutput {

    private final PrintWriter out;
    private final boolean headings;

    /**
     * Creates the format.
     *
     * @param out       standard output
     * @param headings  whether to name each file before its findings
     */
    TextFindings(PrintWriter out, boolean headings) {
        this.out = out;
        this.headings = headings;
    }

    @Override
    public void begin(Path file) {
        if (headings) {
            out.println("== " + Messages.oneLine(file.toString()) + " ==");
        }
    }

    @Override
    public void report(Path file, ValidationReport report) {
        print(report);
    }

    @Override
    public void notAMissionDocument(Path file, PeacekeepingJsonException error) {
        out.println("not a valid mission document: see standard error");
    }

    @Override
    public void cannotRead(Path file, String reason) {
        out.println("cannot be read: see standard error");
    }

    @Override
    public void fatalities(Path records, Mission mission, ValidationReport report, List<Integer> lines) {
        out.println("== " + Messages.oneLine(records.toString()) + ": fatalities of " + Messages.oneLine(mission.acronym())
                + " ==");
        print(report);
    }

    @Override
    public void succession(List<Path> files, ValidationReport report) {
        StringBuilder heading = new StringBuilder("== succession of");
        for (int i = 0; i < files.size(); i++) {
            heading.append(i == 0 ? " " : ", ").append('/').append(i).append(' ').append(files.get(i));
        }
        out.println(Messages.oneLine(heading.append(" ==").toString()));
        print(report);
    }

    /** Prints each finding, one line whatever its mission holds (the model escapes line breaks), or "no findings". */
    private void print(ValidationReport report) {
        for (Finding finding : report.findings()) {
            out.println(finding);
        }
        if (report.findings().isEmpty()) {
            out.println("no findings");
        }
    }
}
