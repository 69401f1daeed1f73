package io.github.peacekeeping.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Compiles and runs every Java block of the project's README, in order, as a reader would paste them into
 * JShell: later blocks may use what earlier ones declared. A line comment that follows a print statement
 * and starts like a finding ({@code // WARNING PK104 ...}) is the output the README promises; up to its
 * "...", it must be what the block printed.
 */
class ReadmeJavaBlocksTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern JAVA_BLOCK = Pattern.compile("(?s)```java\\n(.*?)```");
    private static final Pattern PROMISED_OUTPUT = Pattern.compile("(?m)^// ((?:INFORMATION|WARNING|ERROR) .*)$");
    // The imports the README names under its blocks.
    private static final String IMPORTS = "import io.github.peacekeeping.core.*;\n"
            + "import io.github.peacekeeping.core.validation.*;\nimport java.time.LocalDate;\nimport java.util.List;\n"
            + "import io.github.peacekeeping.json.*;\nimport com.fasterxml.jackson.databind.ObjectMapper;\n"
            + "import java.nio.file.Files;\nimport java.nio.file.Path;\nimport java.util.stream.Stream;\n"
            + "import io.github.peacekeeping.core.actor.*;\nimport io.github.peacekeeping.core.agreement.*;\n"
            + "import io.github.peacekeeping.core.fatality.*;\n";

    @Test
    void everyJavaBlockCompilesAndRuns() throws IOException {
        List<String> blocks = javaBlocks();
        assertThat(blocks).isNotEmpty();

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        // The local execution engine runs the snippets in this JVM, with this class path.
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
                JShell shell = JShell.builder().executionEngine("local").out(capture).err(capture).build()) {
            shell.addToClasspath(System.getProperty("java.class.path"));
            System.setOut(capture);
            eval(shell, IMPORTS, "imports");
            int promises = 0;
            for (int i = 0; i < blocks.size(); i++) {
                printed.reset();
                eval(shell, blocks.get(i), "README Java block " + (i + 1));
                Matcher promised = PROMISED_OUTPUT.matcher(blocks.get(i));
                while (promised.find()) {
                    String prefix = promised.group(1).split("\\.\\.\\.")[0];
                    assertThat(printed.toString(StandardCharsets.UTF_8)).as("output of README Java block " + (i + 1))
                            .contains(prefix);
                    promises++;
                }
            }
            assertThat(promises).as("printed outputs the README promises").isPositive();
        } finally {
            System.setOut(stdout);
        }
    }

    private static void eval(JShell shell, String source, String where) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String rest = source;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            assertThat(info.completeness().isComplete()).as(where + ": incomplete snippet " + rest).isTrue();
            for (SnippetEvent event : shell.eval(info.source())) {
                List<String> errors = shell.diagnostics(event.snippet()).filter(Diag::isError)
                        .map(d -> d.getMessage(null)).collect(Collectors.toList());
                assertThat(errors).as(where + ": " + info.source()).isEmpty();
                assertThat(event.status()).as(where + ": " + info.source()).isNotEqualTo(Snippet.Status.REJECTED);
                assertThat(event.exception()).as(where + ": " + info.source()).isNull();
            }
            rest = info.remaining();
        }
    }

    private static List<String> javaBlocks() throws IOException {
        Matcher block = JAVA_BLOCK.matcher(Files.readString(README, StandardCharsets.UTF_8));
        List<String> blocks = new ArrayList<>();
        while (block.find()) {
            blocks.add(block.group(1));
        }
        return blocks;
    }
}
