package app.deload.support;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class when the server logged an ERROR while it ran that the class did not ask for. Every test
 * class gets it (registered through META-INF/services; Quarkus turns extension autodetection on); it reads the lines the
 * class added to the Quarkus log file ({@code %test.quarkus.log.file.path}, target/quarkus.log). A class that
 * provokes an error on purpose names the messages it expects with {@link ExpectedServerErrors}.
 */
public class ServerLogCheck implements BeforeAllCallback, AfterAllCallback {

    static final Path LOG = Path.of("target", "quarkus.log");
    private static final Pattern ERROR_LINE = Pattern.compile("^\\d\\d:\\d\\d:\\d\\d ERROR .*");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ServerLogCheck.class);

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        context.getStore(NAMESPACE).put("offset", Files.exists(LOG) ? Files.size(LOG) : 0L);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        long offset = context.getStore(NAMESPACE).getOrDefault("offset", Long.class, 0L);
        List<String> expected = context.getTestClass()
                .map(type -> type.getAnnotation(ExpectedServerErrors.class))
                .map(annotation -> Arrays.asList(annotation.value())).orElse(List.of());
        List<String> unexpected = unexpectedErrors(linesFrom(offset), expected);
        if (!unexpected.isEmpty()) {
            throw new AssertionError("The server logged " + unexpected.size() + " unexpected ERROR line(s) while "
                    + context.getDisplayName() + " ran (see " + LOG + "; a test that provokes one on purpose "
                    + "names it with @ExpectedServerErrors):\n  " + String.join("\n  ", unexpected));
        }
    }

    static List<String> unexpectedErrors(List<String> lines, List<String> expected) {
        List<String> unexpected = new ArrayList<>();
        for (String line : lines) {
            if (ERROR_LINE.matcher(line).matches() && expected.stream().noneMatch(line::contains)) {
                unexpected.add(line);
            }
        }
        return unexpected;
    }

    private static List<String> linesFrom(long offset) throws IOException {
        if (!Files.exists(LOG)) {
            return List.of();
        }
        try (RandomAccessFile file = new RandomAccessFile(LOG.toFile(), "r")) {
            long start = offset <= file.length() ? offset : 0;
            byte[] added = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(added);
            return new String(added, StandardCharsets.UTF_8).lines().toList();
        }
    }
}
