package app.deload.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database of its own for a test that needs to start on an empty one (e.g. the demo club's first start): an
 * in-memory H2 database on the H2 build; on the PostgreSQL build a database next to the suite's
 * ({@code DELOAD_TEST_DB_URL}), dropped and created anew through the suite's own connection settings.
 */
public final class EmptyDatabase {

    private EmptyDatabase() {
    }

    /** The JDBC URL of a new, empty database called {@code name}. */
    public static String url(String name) {
        String suite = System.getenv("DELOAD_TEST_DB_URL");
        if (suite == null || !suite.startsWith("jdbc:postgresql:")) {
            return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        }
        String server = suite.substring(0, suite.lastIndexOf('/') + 1);
        String user = System.getenv().getOrDefault("DELOAD_TEST_DB_USER", "deload");
        String password = System.getenv().getOrDefault("DELOAD_TEST_DB_PASSWORD", "");
        String database = name.replace('-', '_');
        try (Connection connection = DriverManager.getConnection(suite, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database " + database, e);
        }
        return server + database;
    }
}
