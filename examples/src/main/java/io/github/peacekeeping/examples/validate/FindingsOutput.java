package io.github.peacekeeping.examples.validate;

import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.validation.ValidationReport;
import io.github.peacekeeping.json.PeacekeepingJsonException;
import java.nio.file.Path;
import java.util.List;

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

    /**
     * Prints the findings of the fatality records checked against a mission ({@code --fatalities}).
     *
     * @param records  the file of fatality records
     * @param mission  the mission they were checked against
     * @param report   the report, its paths starting with the index of a record in the file
     * @param lines    the line of each record in the file, by index
     */
    void fatalities(Path records, Mission mission, ValidationReport report, List<Integer> lines);

    /**
     * Prints the findings of the links between the missions of several files.
     *
     * @param files   the files of the missions, in the order they were validated
     * @param report  the report, its paths starting with the index of a mission among the files
     */
    void succession(List<Path> files, ValidationReport report);
}
