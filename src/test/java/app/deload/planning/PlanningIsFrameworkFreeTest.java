package app.deload.planning;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PlanningIsFrameworkFreeTest {
    private static final Path SOURCES = Path.of("src/main/java/app/deload/planning");

    @Test
    void importsOnlyJavaAndMonitoring() throws IOException {
        List<String> offending = new ArrayList<>();
        for (Path file : sourceFiles()) {
            for (String line : Files.readAllLines(file)) {
                String trimmed = line.strip();
                if (trimmed.startsWith("import ") && !trimmed.startsWith("import java.")
                        && !trimmed.startsWith("import static java.")
                        && !trimmed.startsWith("import app.deload.monitoring.")
                        && !trimmed.startsWith("import app.deload.planning.")) {
                    offending.add(file.getFileName() + ": " + trimmed);
                }
            }
        }
        assertTrue(offending.isEmpty(), "imports outside java.* and monitoring in the planning core: " + offending);
    }

    @Test
    void namesNoOtherDeloadPackageOrFrameworkInline() throws IOException {
        Pattern other = Pattern.compile("\\b(jakarta|javax|io\\.quarkus|io\\.smallrye|org\\.hibernate)\\.|"
                + "\\bapp\\.deload\\.(?!monitoring\\b|planning\\b)\\w+");
        List<String> offending = new ArrayList<>();
        for (Path file : sourceFiles()) {
            if (other.matcher(Files.readString(file)).find()) {
                offending.add(file.getFileName().toString());
            }
        }
        assertTrue(offending.isEmpty(), "framework or feature types named in the planning core: " + offending);
    }

    @Test
    void neverReadsTheClock() throws IOException {
        List<String> offending = new ArrayList<>();
        for (Path file : sourceFiles()) {
            String source = Files.readString(file);
            for (String call : List.of(".now(", "Clock.", "System.currentTimeMillis", "System.nanoTime")) {
                if (source.contains(call)) {
                    offending.add(file.getFileName() + ": " + call);
                }
            }
        }
        assertTrue(offending.isEmpty(), "the planning core reads the clock: " + offending);
    }

    private static List<Path> sourceFiles() throws IOException {
        assertTrue(Files.isDirectory(SOURCES), "run with the module directory as working directory: " + SOURCES);
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<Path> java = files.filter(p -> p.toString().endsWith(".java")).toList();
            assertFalse(java.isEmpty(), "no sources found under " + SOURCES);
            return java;
        }
    }
}
