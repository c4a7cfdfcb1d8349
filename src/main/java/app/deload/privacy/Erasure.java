package app.deload.privacy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import app.deload.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Erases an athlete: every row about them in every table, in one transaction, leaving one audit record that names
 * only the athlete's id and how many rows went. It follows the schema's foreign keys from the athlete and from
 * their login (so tables added later are covered without a change here), removes the individual sessions only they
 * took part in, the throttle rows keyed by their username, and replaces their username wherever it is recorded as
 * who changed or did something.
 */
@ApplicationScoped
public class Erasure {

    /** Only text columns can hold a username (a "..._by" column may also be a time, e.g. a reminder's hour). */
    private static final java.util.Set<Integer> TEXT_TYPES = java.util.Set.of(java.sql.Types.VARCHAR,
            java.sql.Types.CHAR, java.sql.Types.LONGVARCHAR, java.sql.Types.NVARCHAR, java.sql.Types.NCHAR,
            java.sql.Types.LONGNVARCHAR, java.sql.Types.CLOB);


    /** What stands where an erased athlete's username was recorded as an author. */
    public static final String ERASED = "(erased)";
    private static final int MAX_DEPTH = 8;

    @Inject
    DataSource dataSource;

    @Inject
    AuditLog auditLog;

    /** @return rows removed per table; empty when no such athlete (already erased) */
    @Transactional
    public Optional<Map<String, Integer>> erase(long athleteId, String why) {
        try (Connection connection = dataSource.getConnection()) {
            Schema schema = new Schema(connection);
            Map<String, Integer> removed = new TreeMap<>();
            Long userId = null;
            String username = null;
            try (PreparedStatement find = connection.prepareStatement(
                    "select a.user_id, u.username from athlete a left join app_user u on u.id = a.user_id where a.id = ?")) {
                find.setLong(1, athleteId);
                try (ResultSet row = find.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    userId = row.getObject(1) == null ? null : row.getLong(1);
                    username = row.getString(2);
                }
            }
            List<Long> ownSessions = ids(connection, "select s.id from training_session s join session_attendance sa "
                    + "on sa.session_id = s.id where s.individual = true and sa.athlete_id = ?", athleteId);
            schema.delete("athlete", "id = ?", List.of(athleteId), removed, 0);
            for (Long session : ownSessions) {
                schema.delete("training_session", "id = ?", List.of(session), removed, 0);
            }
            if (userId != null) {
                schema.delete("app_user", "id = ?", List.of(userId), removed, 0);
            }
            if (username != null) {
                schema.forgetUsername(username, removed);
            }
            removed.values().removeIf(count -> count == 0);
            String counts = removed.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            auditLog.record(AuditLog.ERASURE, "athlete #" + athleteId, null, why + "; rows removed: " + counts);
            return Optional.of(removed);
        } catch (SQLException e) {
            throw new IllegalStateException("erasing athlete " + athleteId + " failed", e);
        }
    }

    private static List<Long> ids(Connection connection, String sql, long id) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The database's own description of its tables and foreign keys. */
    private static final class Schema {
        private final Connection connection;
        private final DatabaseMetaData meta;
        private final String schemaName;
        private final boolean upper;

        Schema(Connection connection) throws SQLException {
            this.connection = connection;
            this.meta = connection.getMetaData();
            this.schemaName = connection.getSchema();
            this.upper = meta.storesUpperCaseIdentifiers();
        }

        private String name(String identifier) {
            return upper ? identifier.toUpperCase(Locale.ROOT) : identifier.toLowerCase(Locale.ROOT);
        }

        /** Deletes the rows of {@code table} matching {@code where}, after every row that references them. */
        void delete(String table, String where, List<Object> params, Map<String, Integer> removed, int depth)
                throws SQLException {
            if (depth > MAX_DEPTH) {
                throw new IllegalStateException("foreign keys nest deeper than " + MAX_DEPTH + " below " + table);
            }
            List<String[]> children = new ArrayList<>();
            try (ResultSet keys = meta.getExportedKeys(null, schemaName, name(table))) {
                while (keys.next()) {
                    children.add(new String[] { keys.getString("FKTABLE_NAME"), keys.getString("FKCOLUMN_NAME"),
                            keys.getString("PKCOLUMN_NAME") });
                }
            }
            for (String[] child : children) {
                if (child[0].equalsIgnoreCase(table)) {
                    continue;
                }
                delete(child[0].toLowerCase(Locale.ROOT), child[1] + " in (select " + child[2] + " from " + table
                        + " where " + where + ")", params, removed, depth + 1);
            }
            try (PreparedStatement statement = connection.prepareStatement("delete from " + table + " where " + where)) {
                for (int i = 0; i < params.size(); i++) {
                    statement.setObject(i + 1, params.get(i));
                }
                removed.merge(table, statement.executeUpdate(), Integer::sum);
            }
        }

        /**
         * Rows keyed by the username (sign-in throttling and the like) go; where the username is recorded as the
         * author of a row that stays (a "..._by" column, the audit log's actor), it is replaced.
         */
        void forgetUsername(String username, Map<String, Integer> removed) throws SQLException {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rows = meta.getColumns(null, schemaName, null, null)) {
                while (rows.next()) {
                    String column = rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    String table = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (table.startsWith("flyway") || !TEXT_TYPES.contains(rows.getInt("DATA_TYPE"))) {
                        continue;
                    }
                    if (column.equals("username") || column.equals("username_key") || column.endsWith("_by")
                            || column.equals("actor")) {
                        columns.add(new String[] { table, column });
                    }
                }
            }
            for (String[] column : columns) {
                boolean key = column[1].startsWith("username");
                String sql = key ? "delete from " + column[0] + " where " + column[1] + " = ?"
                        : "update " + column[0] + " set " + column[1] + " = ? where " + column[1] + " = ?";
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    if (key) {
                        statement.setString(1, username);
                    } else {
                        statement.setString(1, ERASED);
                        statement.setString(2, username);
                    }
                    int changed = statement.executeUpdate();
                    if (key) {
                        removed.merge(column[0], changed, Integer::sum);
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "update audit_record set subject = ? where subject = ?")) {
                statement.setString(1, "user " + ERASED);
                statement.setString(2, "user " + username);
                statement.executeUpdate();
            }
        }
    }
}
