package io.github.peacekeeping.examples.validate;

import io.github.peacekeeping.core.validation.Finding;
import io.github.peacekeeping.core.validation.ValidationReport;
import io.github.peacekeeping.examples.Messages;
import io.github.peacekeeping.json.PeacekeepingJsonException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The text format: each finding as {@code SEVERITY CODE PATH: message}, one a line, or {@code no
 * findings}; with several files, each file's lines after a line {@code == FILE ==}. A file that cannot be
 * read gives one line that sends the reader to standard error, where the problem is.
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
        // A finding is one line whatever its mission holds: the model escapes line breaks.
        for (Finding finding : report.findings()) {
            out.println(finding);
        }
        if (report.findings().isEmpty()) {
            out.println("no findings");
        }
    }

    @Override
    public void notAMissionDocument(Path file, PeacekeepingJsonException error) {
        out.println("not a valid mission document: see standard error");
    }

    @Override
    public void cannotRead(Path file, String reason) {
        out.println("cannot be read: see standard error");
    }
}
