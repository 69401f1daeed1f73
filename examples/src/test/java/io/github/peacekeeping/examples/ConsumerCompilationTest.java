package io.github.peacekeeping.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.Mission;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * A user's project compiles against peacekeeping-core alone, without Immutables on its class path, and
 * without a warning even under {@code -Xlint:all -Werror}, as a class-path and as a JPMS consumer: the
 * generated builders it extends carry no annotation whose class the user's compiler would look for.
 */
class ConsumerCompilationTest {

    /**
     * Code a user writes: it builds a decision, a mission and validates it, so the compiler reads the
     * generated classes behind every builder it uses. UNAMIR's first decision: S/RES/872 (1993), adopted
     * 15-0-0 on 5 October 1993, mandate until 5 April 1994 (peacekeeping.un.org/mission/past/unamir_b.htm).
     */
    private static final String CONSUMER = String.join("\n",
            "package consumer;",
            "",
            "import io.github.peacekeeping.core.*;",
            "import io.github.peacekeeping.core.validation.MissionValidator;",
            "import java.time.LocalDate;",
            "import java.util.List;",
            "",
            "public final class Consumer {",
            "    private Consumer() {",
            "    }",
            "",
            "    public static boolean valid() {",
            "        LocalDate established = LocalDate.of(1993, 10, 5);",
            "        Resolution resolution = Resolution.builder().body(AuthorizingBody.SECURITY_COUNCIL).number(872)",
            "                .adopted(established).vote(Vote.builder().yes(15).no(0).abstain(0).build()).build();",
            "        Mandate mandate = Mandate.builder().resolution(resolution).addAction(MandateAction.ESTABLISH)",
            "                .effective(established).expires(LocalDate.of(1994, 4, 5)).chapterVII(false).build();",
            "        Mission mission = Mission.builder().acronym(\"UNAMIR\")",
            "                .name(\"United Nations Assistance Mission for Rwanda\").addHost(CountryCode.of(\"RWA\"))",
            "                .region(Region.AFRICA).established(established).addMandate(mandate)",
            "                .addComponent(MilitaryComponent.of(List.of())).build();",
            "        return MissionValidator.validate(mission).isValid();",
            "    }",
            "}",
            "");

    private static final List<String> STRICT = List.of("-Xlint:all", "-Werror");

    @Test
    void compilesOnTheClassPathWithoutWarnings(@TempDir Path dir) throws IOException {
        Path source = write(dir.resolve("src/consumer/Consumer.java"), CONSUMER);

        List<String> diagnostics = compile(dir, List.of("-classpath", core().toString()), List.of(source));

        assertThat(diagnostics).isEmpty();
        assertThat(dir.resolve("out/consumer/Consumer.class")).exists();
    }

    @Test
    void compilesAsAModuleWithoutWarnings(@TempDir Path dir) throws IOException {
        Path source = write(dir.resolve("src/consumer/Consumer.java"), CONSUMER);
        Path descriptor = write(dir.resolve("src/module-info.java"),
                "module consumer {\n    requires io.github.peacekeeping.core;\n}\n");

        List<String> diagnostics = compile(dir, List.of("--module-path", core().toString()), List.of(descriptor, source));

        assertThat(diagnostics).isEmpty();
        assertThat(dir.resolve("out/module-info.class")).exists();
    }

    /** Where peacekeeping-core's classes are: its jar, or its classes directory in a reactor build. */
    private static Path core() {
        try {
            return Path.of(Mission.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Compiles the sources into {@code dir/out} with the strict options; returns every diagnostic, one per line. */
    private static List<String> compile(Path dir, List<String> path, List<Path> sources) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        List<String> options = new ArrayList<>(STRICT);
        options.addAll(path);
        options.addAll(List.of("-d", Files.createDirectories(dir.resolve("out")).toString()));
        try (StandardJavaFileManager files = javac.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
            boolean compiled = javac.getTask(null, files, collector, options, null, files.getJavaFileObjectsFromPaths(sources))
                    .call();
            List<String> diagnostics = collector.getDiagnostics().stream()
                    .map(ConsumerCompilationTest::describe).collect(Collectors.toList());
            if (!compiled && diagnostics.isEmpty()) {
                diagnostics.add("javac failed without a diagnostic");
            }
            return diagnostics;
        }
    }

    private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
        return diagnostic.getKind() + " " + (diagnostic.getSource() == null ? "" : diagnostic.getSource().getName() + ": ")
                + diagnostic.getMessage(Locale.ROOT).lines().findFirst().orElse("");
    }
}
