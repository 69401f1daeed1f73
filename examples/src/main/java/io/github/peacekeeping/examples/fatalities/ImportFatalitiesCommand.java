package io.github.peacekeeping.examples.fatalities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Imports the UN's fatality file ({@link FatalitiesCsv}) and prints the {@link FatalityImport}: the rows
 * refused with their lines and reasons, the aliases resolved, and the deaths per mission and year.
 *
 * <p>Exit code 0 when every row was imported, 1 when some rows were refused (the others are imported), 2 when
 * the file cannot be read or is not a fatality file.
 */
@Command(name = "import-fatalities", description = "Reads the UN's fatality file (DPPADPOSS-FATALITIES.csv), resolves "
        + "its names of missions, and prints the refused rows and the deaths per mission and year.")
public final class ImportFatalitiesCommand implements Callable<Integer> {

    /** Exit code when some rows were refused. */
    public static final int REFUSED_ROWS = 1;
    /** Exit code when the file cannot be read or is not a fatality file. */
    public static final int UNREADABLE = 2;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The CSV file.")
    private Path file;

    /**
     * Creates the command; picocli calls it.
     */
    public ImportFatalitiesCommand() {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        FatalityImport summary;
        try (BufferedReader csv = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            summary = FatalitiesCsv.read(csv, OperationNames.reference(), record -> { });
        } catch (IOException | UncheckedIOException e) {
            spec.commandLine().getErr().println(file + ": " + e.getMessage());
            return UNREADABLE;
        }
        summary.print(out);
        return summary.refusals().isEmpty() ? 0 : REFUSED_ROWS;
    }
}
