package io.github.peacekeeping.examples;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the program as a user would, and keeps what it printed. */
public final class Cli {

    /** The exit code and what went to standard output and standard error. */
    public record Result(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    /** Runs {@code java -jar peacekeeping-examples.jar args...} in this JVM, with nothing on standard input. */
    public static Result run(String... args) {
        return runWithInput("", args);
    }

    /** Runs {@code java -jar peacekeeping-examples.jar args...} in this JVM, with UTF-8 text on standard input. */
    public static Result runWithInput(String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PeacekeepingCli.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err));
        return new Result(code, normalize(out), normalize(err));
    }

    private static String normalize(StringWriter text) {
        return text.toString().replace(System.lineSeparator(), "\n");
    }
}
