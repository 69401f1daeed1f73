package io.github.peacekeeping.examples;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the program as a user would, and keeps what it printed. */
public final class Cli {

    /** The exit code and what went to standard output and standard error. */
    public record Result(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    /** Runs {@code java -jar peacekeeping-examples.jar args...} in this JVM. */
    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PeacekeepingCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, normalize(out), normalize(err));
    }

    private static String normalize(StringWriter text) {
        return text.toString().replace(System.lineSeparator(), "\n");
    }
}
