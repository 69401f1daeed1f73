package io.github.peacekeeping.examples;

import io.github.peacekeeping.examples.catalogue.CatalogueCommand;
import io.github.peacekeeping.examples.contributions.ImportContributionsCommand;
import io.github.peacekeeping.examples.fatalities.ImportFatalitiesCommand;
import io.github.peacekeeping.examples.report.ReportCommand;
import io.github.peacekeeping.examples.tour.TourCommand;
import io.github.peacekeeping.examples.validate.ValidateCommand;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The examples' one command: {@code java -jar peacekeeping-examples.jar [tour | validate | catalogue |
 * import-contributions | import-fatalities | report | help]}. Without a subcommand it runs the tour. Every subcommand answers
 * {@code -h}/{@code --help} with its usage (exit code 0), as {@code help SUBCOMMAND} does.
 *
 * <p>Every subcommand writes to the writers of its {@link CommandLine} and returns its exit code, so that
 * tests call {@link #run(String[], InputStream, PrintWriter, PrintWriter)} and read what a user would see; only
 * {@link #main(String[])} exits the JVM.
 */
@Command(name = "peacekeeping-examples",
        // Every subcommand inherits -h/--help and -V/--version: "validate -h" shows help, not a missing FILE.
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        version = "peacekeeping-examples 0.1.0-SNAPSHOT",
        description = "The peacekeeping library at work. Without a subcommand: the tour.",
        subcommands = {TourCommand.class, ValidateCommand.class, CatalogueCommand.class,
                ImportContributionsCommand.class, ImportFatalitiesCommand.class, ReportCommand.class,
                HelpCommand.class})
public final class PeacekeepingCli implements Callable<Integer> {

    /** Exit code when an unexpected exception escapes a subcommand: a bug, reported on standard error. */
    public static final int SOFTWARE_ERROR = 70;

    @Spec
    private CommandSpec spec;

    private final InputStream standardInput;

    /**
     * Creates the command, reading standard input from {@link System#in}.
     */
    public PeacekeepingCli() {
        this(System.in);
    }

    private PeacekeepingCli(InputStream standardInput) {
        this.standardInput = standardInput;
    }

    /**
     * Returns what the subcommands read for a file named {@code -}.
     *
     * @return standard input, not null; not to be closed by a subcommand
     */
    public InputStream standardInput() {
        return standardInput;
    }

    /**
     * Runs the tour, the default subcommand.
     *
     * @return the tour's exit code
     */
    @Override
    public Integer call() {
        return new TourCommand().run(spec.commandLine().getOut());
    }

    /**
     * Runs the program and exits the JVM with its exit code.
     *
     * @param args  the command line, not null
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, System.in, out, err));
    }

    /**
     * Runs the program with the given streams, without exiting.
     *
     * @param args  the command line, not null
     * @param in    standard input, not null; not closed
     * @param out   standard output, not null; flushed before returning
     * @param err   standard error, not null; flushed before returning
     * @return the exit code: 0 for success; see each subcommand for the others; 2 for a usage error,
     *         {@value #SOFTWARE_ERROR} for an unexpected exception
     */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new PeacekeepingCli(in))
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                // picocli's own conversion would show the exception's class name.
                .registerConverter(Path.class, PeacekeepingCli::path)
                .setExecutionExceptionHandler((e, cl, parsed) -> {
                    // For the bug report: the one place where a person is shown Java's own words.
                    cl.getErr().println("error: an unexpected failure, which is a bug of peacekeeping-examples; "
                            + "please report it with the trace below");
                    e.printStackTrace(cl.getErr());
                    return SOFTWARE_ERROR;
                });
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static Path path(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("not a file name: " + e.getReason());
        }
    }
}
