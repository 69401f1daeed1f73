package io.github.peacekeeping.examples.validate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.validation.Finding;
import io.github.peacekeeping.core.validation.Severity;
import io.github.peacekeeping.core.validation.ValidationReport;
import io.github.peacekeeping.json.PeacekeepingJsonException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The JSON format, for CI pipelines: one JSON object a line (JSON Lines) per finding, with the fields
 * {@code file} (as named on the command line), {@code severity}, {@code code}, {@code path} (the finding's
 * JSON Pointer), {@code line} and {@code column} (of the value at the path, see {@link FindingLocations};
 * left out when unknown) and {@code message}. A file without findings prints nothing.
 *
 * <p>A file that is not a mission document gives one object with {@code severity} {@code ERROR}, no
 * {@code code}, the {@code path}, {@code line} and {@code column} of the problem and the reader's
 * {@code message}; a file that cannot be read, one with {@code severity} {@code ERROR} and a {@code message}
 * only.
 *
 * <p>A finding of fatality records ({@code --fatalities}) names the records' file, its {@code path} starting
 * with the record's index in the file, and gives the record's {@code line} and column 1. A finding of the
 * links between missions names the file of the mission it is about, with the path and location in it.
 * Besides the escapes JSON requires, every control character and U+2028 and U+2029 are escaped, so
 * that no text splits an object over two lines for a reader that counts those as line ends.
 */
final class JsonLinesFindings implements FindingsOutput {

    private static final JsonFactory JSON = new JsonFactory().setCharacterEscapes(new OneLineEscapes());

    private final PrintWriter out;

    /**
     * Creates the format.
     *
     * @param out  standard output
     */
    JsonLinesFindings(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void begin(Path file) {
        // Each object names its file.
    }

    @Override
    public void report(Path file, ValidationReport report) {
        if (report.findings().isEmpty()) {
            return;
        }
        FindingLocations locations = locations(file, report.findings());
        for (Finding finding : report.findings()) {
            write(file, finding.severity(), finding.code(), finding.path(), locations.locate(finding.path()),
                    finding.message());
        }
    }

    @Override
    public void notAMissionDocument(Path file, PeacekeepingJsonException error) {
        Optional<FindingLocations.Location> at = error.line() < 1 ? Optional.empty()
                : Optional.of(new FindingLocations.Location(error.line(), error.column()));
        write(file, Severity.ERROR, null, error.pointer(), at, error.getMessage());
    }

    @Override
    public void cannotRead(Path file, String reason) {
        write(file, Severity.ERROR, null, null, Optional.empty(), "cannot read: " + reason);
    }

    @Override
    public void fatalities(Path records, Mission mission, ValidationReport report, List<Integer> lines) {
        for (Finding finding : report.findings()) {
            int index = Integer.parseInt(finding.path().split("/", 3)[1]);
            write(records, finding.severity(), finding.code(), finding.path(),
                    Optional.of(new FindingLocations.Location(lines.get(index), 1)), finding.message());
        }
    }

    @Override
    public void succession(List<Path> files, ValidationReport report) {
        for (Finding finding : report.findings()) {
            String[] parts = finding.path().split("/", 3);
            Path file = files.get(Integer.parseInt(parts[1]));
            String path = parts.length > 2 ? "/" + parts[2] : "";
            Optional<FindingLocations.Location> at;
            try {
                at = FindingLocations.of(file, List.of(path)).locate(path);
            } catch (IOException e) {
                // Changed or removed since it was validated: the finding stands, without a line.
                at = Optional.empty();
            }
            write(file, finding.severity(), finding.code(), path, at, finding.message());
        }
    }

    /** The locations of the findings' values; none if the document cannot be read a second time. */
    private static FindingLocations locations(Path file, List<Finding> findings) {
        try {
            return FindingLocations.of(file, findings.stream().map(Finding::path).collect(Collectors.toList()));
        } catch (IOException e) {
            // Changed or removed since it was validated: the findings stand, without lines.
            return FindingLocations.NONE;
        }
    }

    private void write(Path file, Severity severity, String code, String path, Optional<FindingLocations.Location> at,
            String message) {
        StringWriter line = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(line)) {
            json.writeStartObject();
            json.writeStringField("file", file.toString());
            json.writeStringField("severity", severity.name());
            if (code != null) {
                json.writeStringField("code", code);
            }
            if (path != null) {
                json.writeStringField("path", path);
            }
            if (at.isPresent()) {
                json.writeNumberField("line", at.get().line());
                json.writeNumberField("column", at.get().column());
            }
            json.writeStringField("message", message);
            json.writeEndObject();
        } catch (IOException e) {
            // Writing to memory does not fail.
            throw new UncheckedIOException(e);
        }
        out.println(line);
    }

    /** JSON's escapes, and also DEL, the C1 controls (NEL among them), U+2028 and U+2029. */
    private static final class OneLineEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;

        private final int[] ascii;

        OneLineEscapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            return Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029
                    ? new SerializedString(String.format("\\u%04X", c)) : null;
        }
    }
}
