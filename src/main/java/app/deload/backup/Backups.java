package app.deload.backup;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Backups of the whole database into {@code DELOAD_BACKUP_DIR}, online: H2 writes a compressed SQL script of
 * itself ({@code SCRIPT TO ... COMPRESSION GZIP}); PostgreSQL is dumped by {@code pg_dump --format=custom}, which
 * must be on the server's PATH. A restore replaces everything with a backup's content: H2 drops all objects and
 * runs the script, PostgreSQL runs {@code pg_restore --clean --if-exists --single-transaction}.
 */
@ApplicationScoped
public class Backups {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final String PREFIX = "deload-";

    /** One file in the backup directory. */
    public record Backup(String name, long bytes, Instant written) {
    }

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "deload.backup.dir")
    Path directory;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    public boolean postgresql() {
        return dbKind.startsWith("postgres");
    }

    public Path directory() {
        return directory.toAbsolutePath().normalize();
    }

    public List<Backup> list() throws IOException {
        if (!Files.isDirectory(directory())) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory())) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(PREFIX)).toList()) {
                backups.add(new Backup(file.getFileName().toString(), Files.size(file),
                        Files.getLastModifiedTime(file).toInstant()));
            }
        }
        backups.sort((a, b) -> b.name().compareTo(a.name()));
        return backups;
    }

    /** Writes a backup now and returns its name. */
    public Backup backUp() throws IOException, SQLException, InterruptedException {
        Files.createDirectories(directory());
        Instant now = Instant.now();
        Path file = directory().resolve(PREFIX + STAMP.format(now) + (postgresql() ? ".dump" : ".sql.gz"));
        if (postgresql()) {
            run(List.of("pg_dump", "--format=custom", "--no-owner", "--file=" + file, "--dbname=" + pgUri()));
        } else {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement script = connection.prepareStatement("SCRIPT TO ? COMPRESSION GZIP")) {
                script.setString(1, file.toString());
                script.execute();
            }
        }
        return new Backup(file.getFileName().toString(), Files.size(file), now);
    }

    /** Replaces the whole database with the named backup's content. */
    public void restore(String name) throws IOException, SQLException, InterruptedException {
        Path file = find(name).orElseThrow(() -> new IllegalArgumentException("no backup named " + name));
        if (postgresql()) {
            run(List.of("pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",
                    "--dbname=" + pgUri(), file.toString()));
        } else {
            try (Connection connection = dataSource.getConnection(); Statement drop = connection.createStatement();
                    PreparedStatement runScript = connection.prepareStatement("RUNSCRIPT FROM ? COMPRESSION GZIP")) {
                drop.execute("DROP ALL OBJECTS");
                runScript.setString(1, file.toString());
                runScript.execute();
            }
        }
    }

    /** Only names the listing shows are accepted, so a request cannot point anywhere else on the disk. */
    public Optional<Path> find(String name) throws IOException {
        return list().stream().filter(b -> b.name().equals(name)).findFirst().map(b -> directory().resolve(b.name()));
    }

    /**
     * The shell command an operator runs for the same backup outside the app: pg_dump while Deload runs; for H2, whose
     * file only one process may open, H2's Script tool while Deload is stopped (the page backs up while it runs).
     */
    public String command() {
        if (postgresql()) {
            return "pg_dump --format=custom --no-owner --file=deload-$(date -u +%Y%m%d-%H%M%S).dump '" + pgUri() + "'";
        }
        return "java -cp h2-2.4.240.jar org.h2.tools.Script -url '" + url + "' -user " + user.orElse("deload")
                + " -script deload-$(date -u +%Y%m%d-%H%M%S).sql.gz -options compression gzip";
    }

    /** postgresql://user:password@host:port/db from the JDBC URL, for pg_dump and pg_restore. */
    private String pgUri() {
        URI jdbc = URI.create(url.substring("jdbc:".length()));
        String credentials = user.map(u -> u + "@").orElse("");
        return "postgresql://" + credentials + jdbc.getHost() + ":" + (jdbc.getPort() < 0 ? 5432 : jdbc.getPort())
                + jdbc.getPath();
    }

    /** The password goes in the environment, never on the command line where other users could read it. */
    private void run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        password.filter(p -> !p.isEmpty()).ifPresent(p -> builder.environment().put("PGPASSWORD", p));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException(command.get(0) + " failed: " + output.strip());
        }
    }
}
