package io.github.peacekeeping.examples.validate;

import io.github.peacekeeping.core.validation.ValidationReport;
import io.github.peacekeeping.json.PeacekeepingJsonException;
import java.nio.file.Path;

/** What the validator prints on standard output for each file, in one of its formats. */
interface FindingsOutput {

    /**
     * Starts the output of a file.
     *
     * @param file  the file, as named on the command line
     */
    void begin(Path file);

    /**
     * Prints the findings of a file that was read.
     *
     * @param file    the file
     * @param report  its validation report
     */
    void report(Path file, ValidationReport report);

    /**
     * Prints that a file is not a mission document.
     *
     * @param file   the file
     * @param error  the reader's error, with its JSON path, line and column
     */
    void notAMissionDocument(Path file, PeacekeepingJsonException error);

    /**
     * Prints that a file cannot be read.
     *
     * @param file    the file
     * @param reason  why, in words, e.g. {@code no such file or directory}
     */
    void cannotRead(Path file, String reason);
}
