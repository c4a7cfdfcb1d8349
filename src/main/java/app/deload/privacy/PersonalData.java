package app.deload.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import app.deload.athlete.Athlete;
import app.deload.monitoring.DayMetrics;
import app.deload.monitoring.Domain;
import app.deload.performance.PerformanceResult;
import app.deload.signals.SignalAcknowledgement;
import app.deload.signals.TeamMetrics;
import app.deload.training.SessionAttendance;
import app.deload.wellness.WellnessEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Everything Deload holds about one athlete, as named sections of rows: what the athlete downloads. Each section is
 * one query (the signals section runs the monitoring core over the athlete's whole history, as the pages do).
 */
@ApplicationScoped
public class PersonalData {

    /** One table of the download: its column names and its rows, values as the database returns them. */
    public record Section(String name, String description, List<String> columns, List<List<Object>> rows) {
    }

    private static final List<Query> QUERIES = List.of(
            new Query("profile", "Your athlete profile and login.",
                    "select a.code, a.name, a.birth_date, a.sex, a.position_event, a.hr_max, a.hr_rest, a.active, "
                            + "t.name as team, t.time_zone, u.username, a.created_at, a.updated_at "
                            + "from athlete a join team t on t.id = a.team_id left join app_user u on u.id = a.user_id "
                            + "where a.id = ?"),
            new Query("consent", "When you agreed to the processing of your data, and to which notice.",
                    "select notice_version, given_at from athlete_consent where athlete_id = ?"),
            new Query("wellness", "Your morning questionnaires (items 1-5, 5 best).",
                    "select entry_date, fatigue, sleep_quality, soreness, stress, mood, sleep_hours, resting_hr, rmssd, "
                            + "sore_areas, comment, created_at, updated_at, updated_by from wellness_entry "
                            + "where athlete_id = ? order by entry_date"),
            new Query("sessions", "Sessions you were part of, with attendance and session RPE (CR-10).",
                    "select s.session_date, s.start_time, s.session_type, s.individual, s.planned_minutes, s.notes, "
                            + "sa.attended, sa.minutes, sa.rpe, sa.rated_at, sa.rated_by, sa.late "
                            + "from session_attendance sa join training_session s on s.id = sa.session_id "
                            + "where sa.athlete_id = ? order by s.session_date, s.start_time"),
            new Query("results", "Your performance test results.",
                    "select pt.name as test, pt.unit, pr.result_date, pr.measured from performance_result pr "
                            + "join performance_test pt on pt.id = pr.test_id where pr.athlete_id = ? "
                            + "order by pr.result_date, pt.name"),
            new Query("acknowledgements", "Your coaches' acknowledgements of signals about you.",
                    "select signal_date, signal_level, summary, note, acknowledged_by, acknowledged_at "
                            + "from signal_acknowledgement where athlete_id = ? order by signal_date"),
            new Query("reminders", "The address your reminders go to, if you switched them on.",
                    "select rs.email, rs.created_at from reminder_subscription rs join athlete a on a.user_id = rs.user_id "
                            + "where a.id = ?"));

    private record Query(String name, String description, String sql) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    TeamMetrics metrics;

    /** How many rows of the main kinds are about the athlete: what an admin is told before an erasure. */
    public Map<String, Long> counts(Athlete athlete) {
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("questionnaires", WellnessEntry.count("athlete", athlete));
        rows.put("sessions", SessionAttendance.count("athlete", athlete));
        rows.put("test results", PerformanceResult.count("athlete", athlete));
        rows.put("acknowledged signals", SignalAcknowledgement.count("athlete", athlete));
        return rows;
    }

    public List<Section> of(Athlete athlete) {
        List<Section> sections = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (Query query : QUERIES) {
                sections.add(read(connection, query, athlete.id));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the athlete's data failed", e);
        }
        sections.add(signals(athlete, sections));
        return sections;
    }

    /** Every day from the first questionnaire or session to today: the signal level and why. */
    private Section signals(Athlete athlete, List<Section> read) {
        LocalDate today = LocalDate.now(athlete.team.zone());
        LocalDate first = read.stream().filter(s -> s.name().equals("wellness") || s.name().equals("sessions"))
                .flatMap(s -> s.rows().stream().map(r -> r.get(0)))
                .map(value -> LocalDate.parse(value.toString())).min(LocalDate::compareTo).orElse(today);
        List<List<Object>> rows = new ArrayList<>();
        for (DayMetrics day : metrics.athleteBetween(athlete, first.isAfter(today) ? today : first, today)) {
            String domains = day.signals().domains().stream().map(Domain::label).collect(Collectors.joining("; "));
            rows.add(List.of(day.date(), day.signals().level().label(), domains, day.signals().summary()));
        }
        return new Section("signals", "The overreaching signal of each day, as the monitoring computed it today.",
                List.of("date", "level", "domains", "summary"), rows);
    }

    private static Section read(Connection connection, Query query, long athleteId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
            statement.setLong(1, athleteId);
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
                }
                List<List<Object>> rows = new ArrayList<>();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= columns.size(); i++) {
                        row.add(plain(result.getObject(i)));
                    }
                    rows.add(row);
                }
                return new Section(query.name(), query.description(), columns, rows);
            }
        }
    }

    /** Dates, times and timestamps as ISO text, numbers as numbers, so JSON and CSV read the same. */
    private static Object plain(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof java.sql.Time time) {
            return time.toLocalTime().toString();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant().toString();
        }
        if (value instanceof java.time.temporal.TemporalAccessor temporal) {
            return temporal.toString();
        }
        return value;
    }
}
