package io.github.peacekeeping.examples;

import io.github.peacekeeping.examples.catalogue.CatalogueCommand;
import io.github.peacekeeping.examples.contributions.ImportContributionsCommand;
import io.github.peacekeeping.examples.fatalities.ImportFatalitiesCommand;
import io.github.peacekeeping.examples.tour.TourCommand;
import io.github.peacekeeping.examples.validate.ValidateCommand;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The examples' one command: {@code java -jar peacekeeping-examples.jar [tour | validate | catalogue |
 * import-contributions | import-fatalities | help]}. Without a subcommand it runs the tour.
 *
 * <p>Every subcommand writes to the writers of its {@link CommandLine} and returns its exit code, so that
 * tests call {@link #run(String[], PrintWriter, PrintWriter)} and read what a user would see; only
 * {@link #main(String[])} exits the JVM.
 */
@Command(name = "peacekeeping-examples",
        mixinStandardHelpOptions = true,
        version = "peacekeeping-examples 0.1.0-SNAPSHOT",
        description = "The peacekeeping library at work. Without a subcommand: the tour.",
        subcommands = {TourCommand.class, ValidateCommand.class, CatalogueCommand.class,
                ImportContributionsCommand.class, ImportFatalitiesCommand.class, HelpCommand.class})
public final class PeacekeepingCli implements Callable<Integer> {

    /** Exit code when an unexpected exception escapes a subcommand: a bug, reported on standard error. */
    public static final int SOFTWARE_ERROR = 70;

    @Spec
    private CommandSpec spec;

    /**
     * Creates the command; picocli calls it.
     */
    public PeacekeepingCli() {
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
        System.exit(run(args, out, err));
    }

    /**
     * Runs the program with the given writers, without exiting.
     *
     * @param args  the command line, not null
     * @param out   standard output, not null; flushed before returning
     * @param err   standard error, not null; flushed before returning
     * @return the exit code: 0 for success; see each subcommand for the others; 2 for a usage error,
     *         {@value #SOFTWARE_ERROR} for an unexpected exception
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new PeacekeepingCli())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cl, parsed) -> {
                    cl.getErr().println("error: unexpected " + e);
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
}
