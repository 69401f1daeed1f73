package io.github.peacekeeping.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs the project's README as a user pastes it: each Java block's import lines at the top
 * of one file, its statements, block after block, into one {@code main} method that {@code throws
 * Exception}, as the README says. javac compiles it against the library's jars (this test's class path)
 * and the program runs in this JVM. A line comment that starts like a finding ({@code // WARNING PK104
 * ...}) is output the README promises: up to its "...", the program must print it.
 */
class ReadmeJavaBlocksTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern JAVA_BLOCK = Pattern.compile("(?s)```java\\n(.*?)```");
    private static final Pattern IMPORT = Pattern.compile("import (static )?[\\w.]+(\\.\\*)?;");
    private static final Pattern PROMISED_OUTPUT = Pattern.compile("(?m)^\\s*// ((?:INFORMATION|WARNING|ERROR) .*)$");
    private static final String CLASS = "ReadmeExample";

    @TempDir
    Path dir;

    @Test
    void theJavaBlocksCompileAsPastedIntoOneMethodAndRun() throws Exception {
        Program program = Program.of(Files.readString(README, StandardCharsets.UTF_8));
        assertThat(program.blocks).as("Java blocks in the README").isGreaterThanOrEqualTo(3);

        List<String> errors = compile(program);
        assertThat(errors).as("javac errors in the README's Java blocks, pasted as the README says").isEmpty();

        String printed = run();
        List<String> promises = program.promisedOutputs();
        assertThat(promises).as("outputs the README promises").isNotEmpty();
        for (String promise : promises) {
            assertThat(printed).as("what the README's Java blocks print").contains(promise);
        }
    }

    @Test
    void aBlockThatRedeclaresAVariableDoesNotCompile() throws Exception {
        // The mistake this test exists for: JShell allowed a second "report", javac does not.
        Program program = Program.of("```java\nimport java.util.List;\n\nList<String> report = List.of();\n```\n"
                + "text\n```java\nList<String> report = List.of(\"again\");\n```\n");

        assertThat(compile(program)).singleElement().asString().startsWith("README.md line 8: ")
                .contains("variable report is already defined");
    }

    @Test
    void anImportOutsideTheBlocksHeadIsRefusedAsAUserWouldFindIt() {
        Program program = Program.of("```java\nint x = 1;\nimport java.util.List;\n```\n");

        assertThat(compile(program)).isNotEmpty();
    }

    /** Compiles the program into {@link #dir}; returns each error with its line in the README. */
    private List<String> compile(Program program) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            Path source = dir.resolve(CLASS + ".java");
            Files.writeString(source, program.source, StandardCharsets.UTF_8);
            List<String> options = List.of("--release", "17", "-proc:none", "-d", dir.toString(),
                    "-classpath", System.getProperty("java.class.path"));
            javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(source)).call();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> "README.md line " + program.readmeLine((int) d.getLineNumber()) + ": "
                        + d.getMessage(Locale.ROOT))
                .collect(Collectors.toList());
    }

    /** Runs the compiled program's main method; returns what it printed. */
    private String run() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
                PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            Method main = loader.loadClass(CLASS).getMethod("main", String[].class);
            System.setOut(capture);
            main.invoke(null, (Object) new String[0]);
        } catch (InvocationTargetException e) {
            throw new AssertionError("the README's Java blocks threw " + e.getCause(), e.getCause());
        } finally {
            System.setOut(stdout);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    /** The README's Java blocks as one source file, and where each of its lines came from. */
    private static final class Program {
        final String source;
        final int blocks;
        private final List<Integer> readmeLines;
        private final String statements;

        private Program(String source, int blocks, List<Integer> readmeLines, String statements) {
            this.source = source;
            this.blocks = blocks;
            this.readmeLines = readmeLines;
            this.statements = statements;
        }

        static Program of(String readme) {
            List<String> imports = new ArrayList<>();
            List<Integer> importLines = new ArrayList<>();
            List<String> body = new ArrayList<>();
            List<Integer> bodyLines = new ArrayList<>();
            Matcher block = JAVA_BLOCK.matcher(readme);
            int blocks = 0;
            while (block.find()) {
                blocks++;
                int line = lineOf(readme, block.start(1));
                boolean head = true;
                for (String text : block.group(1).split("\n", -1)) {
                    // The import lines a block opens with go to the top of the file; anything after them
                    // is pasted into the method, where an import does not compile.
                    head &= text.isBlank() || IMPORT.matcher(text.strip()).matches();
                    if (head && !text.isBlank()) {
                        imports.add(text);
                        importLines.add(line);
                    } else if (!head) {
                        body.add(text);
                        bodyLines.add(line);
                    }
                    line++;
                }
            }
            List<String> lines = new ArrayList<>(imports);
            List<Integer> readmeLines = new ArrayList<>(importLines);
            lines.add("public class " + CLASS + " {");
            lines.add("public static void main(String[] args) throws Exception {");
            readmeLines.add(0);
            readmeLines.add(0);
            lines.addAll(body);
            readmeLines.addAll(bodyLines);
            lines.add("}}");
            readmeLines.add(0);
            return new Program(String.join("\n", lines), blocks, readmeLines, String.join("\n", body));
        }

        /** The README line of a line of the source, counted from 1 as javac does. */
        int readmeLine(int sourceLine) {
            return sourceLine >= 1 && sourceLine <= readmeLines.size() ? readmeLines.get(sourceLine - 1) : 0;
        }

        /** The outputs the blocks' comments promise, each up to its "...". */
        List<String> promisedOutputs() {
            List<String> promises = new ArrayList<>();
            Matcher promised = PROMISED_OUTPUT.matcher(statements);
            while (promised.find()) {
                promises.add(promised.group(1).split("\\.\\.\\.")[0]);
            }
            return promises;
        }

        private static int lineOf(String text, int offset) {
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
