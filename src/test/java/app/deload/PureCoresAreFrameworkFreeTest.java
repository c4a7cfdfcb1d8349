package app.deload;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pure calculation cores import only {@code java.*} and the Deload packages they may use (planning also uses
 * monitoring), name no framework type inline and never read the clock: {@code today} is a parameter.
 */
class PureCoresAreFrameworkFreeTest {

    private static final Pattern FRAMEWORK = Pattern.compile(
            "\\b(jakarta|javax|io\\.quarkus|io\\.smallrye|org\\.hibernate)\\.");

    /** The core's package and the Deload packages it may use, separated by {@code |}. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({ "monitoring, monitoring", "planning, monitoring|planning" })
    void importsOnlyJavaAndItsAllowedPackages(String core, String allowed) throws IOException {
        List<String> offending = new ArrayList<>();
        for (Path file : sourceFiles(core)) {
            for (String line : Files.readAllLines(file)) {
                String trimmed = line.strip();
                if (trimmed.startsWith("import ") && !trimmed.startsWith("import java.")
                        && !trimmed.startsWith("import static java.") && !allowedImport(trimmed, allowed)) {
                    offending.add(file.getFileName() + ": " + trimmed);
                }
            }
        }
        assertTrue(offending.isEmpty(), "imports outside java.* and " + allowed + " in " + core + ": " + offending);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "monitoring, monitoring", "planning, monitoring|planning" })
    void namesNoOtherDeloadPackageOrFrameworkInline(String core, String allowed) throws IOException {
        Pattern other = Pattern.compile(FRAMEWORK.pattern() + "|\\bapp\\.deload\\.(?!(" + allowed + ")\\b)\\w+");
        List<String> offending = new ArrayList<>();
        for (Path file : sourceFiles(core)) {
            if (other.matcher(Files.readString(file)).find()) {
                offending.add(file.getFileName().toString());
            }
        }
        assertTrue(offending.isEmpty(), "framework or feature types named in " + core + ": " + offending);
    }

    @ParameterizedTest
    @CsvSource({ "monitoring", "planning" })
    void neverReadsTheClock(String core) throws IOException {
        List<String> offending = new ArrayList<>();
        for (Path file : sourceFiles(core)) {
            String source = Files.readString(file);
            for (String call : List.of(".now(", "Clock.", "System.currentTimeMillis", "System.nanoTime")) {
                if (source.contains(call)) {
                    offending.add(file.getFileName() + ": " + call);
                }
            }
        }
        assertTrue(offending.isEmpty(), "the " + core + " core reads the clock: " + offending);
    }

    private static boolean allowedImport(String line, String allowed) {
        for (String pkg : allowed.split("\\|")) {
            if (line.startsWith("import app.deload." + pkg + ".")) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> sourceFiles(String core) throws IOException {
        Path sources = Path.of("src/main/java/app/deload", core);
        assertTrue(Files.isDirectory(sources), "run with the module directory as working directory: " + sources);
        try (Stream<Path> files = Files.walk(sources)) {
            List<Path> java = files.filter(p -> p.toString().endsWith(".java")).toList();
            assertFalse(java.isEmpty(), "no sources found under " + sources);
            return java;
        }
    }
}
