package app.deload.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.monitoring.DayMetrics;
import app.deload.monitoring.Thresholds;
import app.deload.performance.PerformanceTest;
import app.deload.plan.PlanningService;
import app.deload.support.ApiTokens;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import app.deload.team.Team;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * Random sequences of writes through the app's own write paths (questionnaire page, wellness API, logged
 * sessions and ratings over the API, session deletion, CSV imports that back-fill before the first day,
 * threshold changes, test results, a new day) for teams in the first and the last time zone of the calendar.
 * After every step, what the API, the athlete's metrics and the squad show equals the monitoring core computed
 * from scratch over the whole history.
 */
@QuarkusTest
class LedgerPropertyTest {

    private static final Pattern CHECKSUM = Pattern.compile("name=\"checksum\" value=\"([0-9a-f]{64})\"");
    private static final int STEPS = 28;

    @Inject
    TeamMetrics metrics;

    @Inject
    PlanningService planning;

    /** One team in its zone: the coach, the athletes (with logins) and a performance test. */
    private record World(long teamId, ZoneId zone, String coach, String coachToken, List<Long> athletes,
            List<String> athleteTokens, List<WebSession> athleteSessions, List<String> codes, long testId) {

        LocalDate today() {
            return LocalDate.now(zone);
        }
    }

    @Test
    void kiritimatiStaysEqualToAComputationFromScratch() {
        run(ZoneId.of("Pacific/Kiritimati"), 11);
    }

    @Test
    void pagoPagoStaysEqualToAComputationFromScratch() {
        run(ZoneId.of("Pacific/Pago_Pago"), 23);
    }

    private void run(ZoneId zone, long seed) {
        World world = world(zone, 3);
        Random random = new Random(seed);
        verify(world, "before any write");
        for (int step = 1; step <= STEPS; step++) {
            String done = step(world, random);
            verify(world, "step " + step + " (seed " + seed + "): " + done);
        }
    }

    private String step(World w, Random random) {
        int athlete = random.nextInt(w.athletes().size());
        long id = w.athletes().get(athlete);
        LocalDate today = w.today();
        switch (random.nextInt(10)) {
            case 0 -> {
                LocalDate date = today.minusDays(random.nextInt(2));
                Map<String, Object> form = new HashMap<>();
                form.put("date", date.toString());
                for (String item : List.of("fatigue", "sleepQuality", "soreness", "stress", "mood")) {
                    form.put(item, Integer.toString(1 + random.nextInt(5)));
                }
                form.put("sleepHours", Double.toString(4 + random.nextInt(20) / 4.0));
                form.put("restingHr", "");
                form.put("rmssd", "");
                w.athleteSessions().get(athlete).post("/me/wellness", form).then().statusCode(303);
                return "questionnaire page for " + date;
            }
            case 1 -> {
                LocalDate date = today.plusDays(1).minusDays(random.nextInt(29));
                Map<String, Object> body = new HashMap<>();
                for (String item : List.of("fatigue", "sleepQuality", "soreness", "stress", "mood")) {
                    body.put(item, 1 + random.nextInt(5));
                }
                body.put("sleepHours", 4 + random.nextInt(20) / 4.0);
                body.put("restingHr", 45 + random.nextInt(20));
                body.put("rmssd", 30.0 + random.nextInt(80));
                int status = ApiTokens.as(w.athleteTokens().get(athlete)).contentType("application/json").body(body)
                        .put("/api/v1/athletes/" + id + "/wellness/" + date).statusCode();
                assertTrue(status == 200 || status == 201, "wellness PUT " + status);
                return "wellness API for " + date;
            }
            case 2, 3 -> {
                LocalDate date = today.plusDays(1).minusDays(random.nextInt(60));
                boolean byCoach = random.nextInt(3) == 0;
                Map<String, Object> body = new HashMap<>();
                body.put("date", date.toString());
                body.put("startTime", String.format("%02d:%02d", 6 + random.nextInt(14), 15 * random.nextInt(4)));
                body.put("type", "conditioning");
                body.put("minutes", 20 + random.nextInt(90));
                if (!byCoach) {
                    body.put("rpe", random.nextInt(11));
                }
                ApiTokens.as(byCoach ? w.coachToken() : w.athleteTokens().get(athlete)).contentType("application/json")
                        .body(body).post("/api/v1/athletes/" + id + "/sessions").then().statusCode(201);
                return "session logged over the API on " + date + (byCoach ? ", not rated" : "");
            }
            case 4 -> {
                Long session = anySession(id, random);
                if (session == null) {
                    return "no session to rate";
                }
                int status = ApiTokens.as(w.coachToken()).contentType("application/json")
                        .body(Map.of("rpe", random.nextInt(11)))
                        .put("/api/v1/athletes/" + id + "/sessions/" + session + "/rating").statusCode();
                assertTrue(status == 200 || status == 400, "rating " + status);
                return "rating of session " + session + " (" + status + ")";
            }
            case 5 -> {
                Object[] session = anyUnratedSession(w.teamId());
                if (session == null) {
                    return "no unrated session to delete";
                }
                WebSession coach = WebSession.signIn(w.coach());
                coach.post("/sessions/" + session[0] + "/delete", Map.of("version", session[1].toString()))
                        .then().statusCode(303);
                return "session " + session[0] + " deleted";
            }
            case 6 -> {
                return importFile(w, random);
            }
            case 7 -> {
                WebSession coach = WebSession.signIn(w.coach());
                String spike = List.of("1.4", "1.5", "1.6").get(random.nextInt(3));
                String watch = List.of("-1", "-0.8", "-1.2").get(random.nextInt(3));
                Map<String, Object> form = new HashMap<>();
                for (String field : List.of("monotonyHigh", "zAlert", "sleepRestrictionHours", "shortSleepHours",
                        "defaultSwcPercent", "activeRecoveryBasis")) {
                    form.put(field, "");
                }
                form.put("ratioSpike", spike);
                form.put("zWatch", watch);
                coach.post("/teams/" + w.teamId() + "/thresholds", form).then().statusCode(303);
                return "thresholds: spike " + spike + ", watch " + watch;
            }
            case 8 -> {
                LocalDate date = today.minusDays(random.nextInt(70));
                WebSession coach = WebSession.signIn(w.coach());
                Map<String, Object> form = new HashMap<>();
                form.put("date", date.toString());
                form.put("athleteId", w.athletes().stream().map(String::valueOf).toList());
                List<String> measured = new ArrayList<>();
                for (int k = 0; k < w.athletes().size(); k++) {
                    measured.add(Integer.toString(40 + random.nextInt(8)));
                }
                form.put("measured", measured);
                coach.post("/tests/" + w.testId() + "/results", form).then().statusCode(303);
                return "test results on " + date;
            }
            default -> {
                newDay(w);
                return "a new day: the ledger as it stood yesterday";
            }
        }
    }

    /** A CSV import of wellness or sessions, reaching back to before the athletes' first days. */
    private String importFile(World w, Random random) {
        boolean wellness = random.nextBoolean();
        LocalDate start = w.today().minusDays(40 + random.nextInt(90));
        StringBuilder csv = new StringBuilder(wellness
                ? "athlete_code,date,fatigue,sleep_quality,soreness,stress,mood,sleep_hours,resting_hr,rmssd,"
                        + "sore_areas,comment\n"
                : "athlete_code,date,start_time,type,minutes,rpe,notes\n");
        for (String code : w.codes()) {
            for (int k = 0; k < 12; k++) {
                LocalDate date = start.plusDays(k * 2L + random.nextInt(2));
                if (wellness) {
                    csv.append(code).append(',').append(date).append(',').append(1 + random.nextInt(5)).append(',')
                            .append(1 + random.nextInt(5)).append(',').append(1 + random.nextInt(5)).append(',')
                            .append(1 + random.nextInt(5)).append(',').append(1 + random.nextInt(5)).append(',')
                            .append(6 + random.nextInt(8) / 4.0).append(',').append(50 + random.nextInt(10))
                            .append(',').append(40 + random.nextInt(50)).append(".5,,\n");
                } else {
                    csv.append(code).append(',').append(date).append(",07:").append(10 + k)
                            .append(",strength,").append(30 + random.nextInt(60)).append(',')
                            .append(random.nextInt(6) == 0 ? "" : Integer.toString(random.nextInt(11))).append(",\n");
                }
            }
        }
        WebSession coach = WebSession.signIn(w.coach());
        String kind = wellness ? "wellness" : "sessions";
        String token = coach.csrfToken();
        Response upload = coach.request().multiPart("kind", kind).multiPart(WebSession.CSRF_FIELD, token)
                .multiPart("file", kind + ".csv", csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/teams/" + w.teamId() + "/import");
        assertEquals(303, upload.statusCode(), upload::asString);
        String preview = upload.header("Location").replaceFirst("^https?://[^/]+", "");
        String page = coach.get(preview).then().statusCode(200).extract().asString();
        Matcher checksum = CHECKSUM.matcher(page);
        assertTrue(checksum.find(), page);
        coach.post(preview + "/confirm", Map.of("checksum", checksum.group(1))).then().statusCode(303);
        return "CSV import of " + kind + " from " + start;
    }

    /** What the ledger looks like the morning after: its last day not computed yet. */
    private static void newDay(World w) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (long id : w.athletes()) {
                MetricsLedger.Coverage coverage = MetricsLedger.coverage(id);
                if (coverage == null) {
                    continue;
                }
                Panache.getEntityManager().createNativeQuery("DELETE FROM athlete_day WHERE athlete_id = ?1 "
                        + "AND metrics_date = ?2").setParameter(1, id).setParameter(2, coverage.through())
                        .executeUpdate();
                Panache.getEntityManager().createNativeQuery("UPDATE athlete_ledger SET through_day = ?1 "
                        + "WHERE athlete_id = ?2").setParameter(1, coverage.through().minusDays(1))
                        .setParameter(2, id).executeUpdate();
            }
        });
    }

    private static Long anySession(long athleteId, Random random) {
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createQuery("select a.session.id from SessionAttendance a where a.athlete.id = ?1 "
                        + "and a.session.startsAt <= ?2 order by a.session.id", Long.class)
                .setParameter(1, athleteId).setParameter(2, Instant.now()).getResultList());
        return ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
    }

    private static Object[] anyUnratedSession(long teamId) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createQuery("select s.id, s.version from TrainingSession s where s.team.id = ?1 and not exists "
                        + "(select 1 from SessionAttendance a where a.session = s and a.rpe is not null) "
                        + "order by s.id desc", Object[].class)
                .setParameter(1, teamId).setMaxResults(1).getResultList());
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The API's CSV, the athlete's days and the squad's day equal the core over the whole history. */
    private void verify(World w, String after) {
        LocalDate today = w.today();
        LocalDate from = today.minusDays(140);
        LocalDate to = today.plusDays(1);
        Map<Long, List<DayMetrics>> expected = new HashMap<>();
        for (long id : w.athletes()) {
            expected.put(id, QuarkusTransaction.requiringNew().call(() -> {
                Athlete athlete = Athlete.findById(id);
                Thresholds thresholds = metrics.thresholds(athlete.team);
                LocalDate lastDeloadEnd = planning.lastDeloadEnd(athlete, today).orElse(null);
                return MetricsLedger.fromScratch(id, LocalDate.ofInstant(athlete.createdAt, w.zone()), w.zone(),
                        thresholds, lastDeloadEnd, from, to);
            }));
        }
        for (long id : w.athletes()) {
            String csv = ApiTokens.as(w.coachToken())
                    .get("/api/v1/athletes/" + id + "/metrics.csv?from=" + from + "&to=" + to)
                    .then().statusCode(200).extract().asString();
            assertEquals(MetricsCsv.write(expected.get(id)), csv, "metrics API of athlete " + id + " after " + after);
            List<DayMetrics> shown = QuarkusTransaction.requiringNew()
                    .call(() -> metrics.athleteBetween(Athlete.findById(id), today.minusDays(27), today));
            assertEquals(expected.get(id).subList(113, 141), shown, "athlete page days of " + id + " after " + after);
        }
        TeamMetrics.SquadDay squad = QuarkusTransaction.requiringNew()
                .call(() -> metrics.squadOn(Team.findById(w.teamId()), today));
        for (TeamMetrics.AthleteDay day : squad.athletes()) {
            assertEquals(expected.get(day.athleteId()).get(140), day.metrics(),
                    "squad day of " + day.athleteId() + " after " + after);
        }
        assertEquals(w.athletes().size(), squad.athletes().size());
    }

    private static World world(ZoneId zone, int size) {
        String coach = Fixtures.user(Role.COACH);
        long teamId = Fixtures.team(coach);
        QuarkusTransaction.requiringNew().run(() -> Team.<Team>findById(teamId).timeZone = zone.getId());
        List<Long> athletes = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<WebSession> sessions = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int k = 0; k < size; k++) {
            String username = Fixtures.user(Role.ATHLETE);
            long id = Fixtures.athlete(teamId, username);
            athletes.add(id);
            tokens.add(ApiTokens.issue(username));
            sessions.add(WebSession.signIn(username));
            codes.add(QuarkusTransaction.requiringNew().call(() -> Athlete.<Athlete>findById(id).code));
        }
        long testId = QuarkusTransaction.requiringNew().call(() -> {
            PerformanceTest test = new PerformanceTest();
            test.team = Team.findById(teamId);
            test.name = "CMJ";
            test.unit = "cm";
            test.higherIsBetter = true;
            test.persist();
            return test.id;
        });
        return new World(teamId, zone, coach, ApiTokens.issue(coach), athletes, tokens, sessions, codes, testId);
    }
}
