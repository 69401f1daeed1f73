package io.github.peacekeeping.examples.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Validates mission documents in the JSON wire format. Not yet available: it reads the documents with the
 * JSON module's facade, which is not merged yet.
 */
@Command(name = "validate", description = "Validates mission documents (JSON): NOT YET AVAILABLE.")
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Mission documents.")
    private List<Path> files;

    /**
     * Creates the command; picocli calls it.
     */
    public ValidateCommand() {
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("validate: waits for the JSON module (peacekeeping-json)");
        return 2;
    }
}
