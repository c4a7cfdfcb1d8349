package app.deload.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
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
 * threshold changes, test results, athletes moved to the team in the other far-off zone, deactivated and
 * reactivated, a planned session reaching its start time, a new day) for teams in the first and the last time
 * zone of the calendar. After every step, what the API, the athlete's metrics and both squads show equals the
 * monitoring core computed from scratch over the whole history.
 */
@QuarkusTest
class LedgerPropertyTest {

    private static final Pattern CHECKSUM = Pattern.compile("name=\"checksum\" value=\"([0-9a-f]{64})\"");
    private static final int STEPS = 32;
    private static final int KINDS = 13;
    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");
    private static final ZoneId PAGO_PAGO = ZoneId.of("Pacific/Pago_Pago");

    @Inject
    TeamMetrics metrics;

    @Inject
    PlanningService planning;

    /**
     * One team in its zone (the coach, the athletes with logins, a performance test) and a second team of the
     * same coach in the other far-off zone, to which athletes move and from which they come back.
     */
    private record World(long teamId, ZoneId zone, long otherTeamId, String coach, String coachToken,
            List<Long> athletes, List<String> athleteTokens, List<WebSession> athleteSessions, long testId) {

        List<Long> teams() {
            return List.of(teamId, otherTeamId);
        }
    }

    /** Where an athlete is now: their team, its zone, and whether they are active. */
    private record Place(long teamId, ZoneId zone, boolean active, String name, String code) {

        LocalDate today() {
            return LocalDate.now(zone);
        }
    }

    @Test
    void kiritimatiStaysEqualToAComputationFromScratch() {
        run(KIRITIMATI, PAGO_PAGO, 11);
    }

    @Test
    void pagoPagoStaysEqualToAComputationFromScratch() {
        run(PAGO_PAGO, KIRITIMATI, 23);
    }

    private void run(ZoneId zone, ZoneId otherZone, long seed) {
        World world = world(zone, otherZone, 3);
        Random random = new Random(seed);
        verify(world, "before any write");
        List<String> steps = new ArrayList<>();
        List<Integer> kinds = new ArrayList<>();
        for (int step = 1; step <= STEPS; step++) {
            if (kinds.isEmpty()) {
                // Every kind once in a random order, then again: random sequences that cover every write path.
                for (int kind = 0; kind < KINDS; kind++) {
                    kinds.add(kind);
                }
                Collections.shuffle(kinds, random);
            }
            String done = step(world, random, kinds.get(0));
            if (!done.endsWith(" reactivated")) {
                kinds.remove(0);
            }
            steps.add(done);
            verify(world, "step " + step + " (seed " + seed + "): " + done);
        }
        for (String kind : List.of("questionnaire page", "wellness API", "session logged", "rating of session",
                "deleted", "CSV import", "thresholds", "test results", "moved to team", "reactivated",
                "planned session", "a new day")) {
            assertTrue(steps.stream().anyMatch(s -> s.contains(kind)), "seed " + seed + " never ran: " + kind
                    + "; it ran " + steps);
        }
    }

    /**
     * One write of the given kind (0-12) for a random athlete; an inactive athlete drawn is reactivated instead
     * (and the kind stays due).
     */
    private String step(World w, Random random, int kind) {
        int athlete = random.nextInt(w.athletes().size());
        long id = w.athletes().get(athlete);
        Place place = placeOf(id);
        LocalDate today = place.today();
        if (!place.active()) {
            return moveOrActivate(w, id, place, place.teamId(), true);
        }
        switch (kind) {
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
                Object[] session = anyUnratedSession(w.teams().get(random.nextInt(2)));
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
                long team = w.teams().get(random.nextInt(2));
                coach.post("/teams/" + team + "/thresholds", form).then().statusCode(303);
                return "thresholds of team " + team + ": spike " + spike + ", watch " + watch;
            }
            case 8 -> {
                List<Long> members = activeMembers(w.teamId());
                if (members.isEmpty()) {
                    return "no athlete on the test's team";
                }
                LocalDate date = LocalDate.now(w.zone()).minusDays(random.nextInt(70));
                WebSession coach = WebSession.signIn(w.coach());
                Map<String, Object> form = new HashMap<>();
                form.put("date", date.toString());
                form.put("athleteId", members.stream().map(String::valueOf).toList());
                List<String> measured = new ArrayList<>();
                for (int k = 0; k < members.size(); k++) {
                    measured.add(Integer.toString(40 + random.nextInt(8)));
                }
                form.put("measured", measured);
                coach.post("/tests/" + w.testId() + "/results", form).then().statusCode(303);
                return "test results on " + date;
            }
            case 9 -> {
                return moveOrActivate(w, id, place, place.teamId() == w.teamId() ? w.otherTeamId() : w.teamId(),
                        true);
            }
            case 10 -> {
                return plannedSessionStarts(w, id, place);
            }
            case 11 -> {
                return moveOrActivate(w, id, place, place.teamId(), false);
            }
            default -> {
                newDay(w);
                return "a new day: the ledger as it stood yesterday";
            }
        }
    }

    /**
     * The coach edits the athlete's profile: to another team (the other far-off zone, other thresholds), or
     * deactivates or reactivates them.
     */
    private static String moveOrActivate(World w, long id, Place place, long team, boolean active) {
        Map<String, Object> form = new HashMap<>();
        form.put("name", place.name());
        form.put("code", place.code());
        form.put("birthDate", "2000-05-17");
        form.put("sex", "");
        form.put("position", "");
        form.put("hrMax", "");
        form.put("hrRest", "52");
        form.put("teamId", Long.toString(team));
        form.put("active", active ? "on" : "");
        WebSession.signIn(w.coach()).post("/athletes/" + id, form).then().statusCode(303);
        if (team != place.teamId()) {
            return "athlete " + id + " moved to team " + team;
        }
        return "athlete " + id + (active ? " reactivated" : " deactivated");
    }

    /**
     * The coach logs a session for later today, still a plan; then the clock reaches its start, simulated as for
     * a new day: the session now starts a minute ago and the ledger's earliest planned start is that start, as
     * the ledger stands the moment the session begins (it was written while the session was in the future).
     */
    private String plannedSessionStarts(World w, long id, Place place) {
        ZoneId zone = place.zone();
        LocalTime now = LocalTime.now(zone).truncatedTo(ChronoUnit.MINUTES);
        if (now.isAfter(LocalTime.of(23, 40)) || now.isBefore(LocalTime.of(0, 5))) {
            return "too close to midnight to plan a session for later today";
        }
        LocalDate today = place.today();
        Map<String, Object> body = new HashMap<>();
        body.put("date", today.toString());
        body.put("startTime", now.plusMinutes(10).toString());
        body.put("type", "conditioning");
        body.put("minutes", 45);
        long session = ApiTokens.as(w.coachToken()).contentType("application/json").body(body)
                .post("/api/v1/athletes/" + id + "/sessions").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        verify(w, "session " + session + " planned for " + now.plusMinutes(10) + " today");
        LocalTime started = now.minusMinutes(1);
        Instant startsAt = today.atTime(started).atZone(zone).toInstant();
        QuarkusTransaction.requiringNew().run(() -> {
            Panache.getEntityManager().createQuery("update TrainingSession set startTime = ?1, startsAt = ?2 "
                    + "where id = ?3").setParameter(1, started).setParameter(2, startsAt).setParameter(3, session)
                    .executeUpdate();
            Panache.getEntityManager().createNativeQuery("UPDATE athlete_ledger SET pending_day = ?1, "
                    + "pending_at = ?2 WHERE athlete_id = ?3").setParameter(1, today)
                    .setParameter(2, OffsetDateTime.ofInstant(startsAt, zone)).setParameter(3, id).executeUpdate();
        });
        return "planned session " + session + " of athlete " + id + " started at " + started;
    }

    /** A CSV import of wellness or sessions, reaching back to before the athletes' first days. */
    private String importFile(World w, Random random) {
        long team = w.teams().get(random.nextInt(2));
        List<String> codes = activeMembers(team).stream().map(id -> placeOf(id).code()).toList();
        if (codes.isEmpty()) {
            return "no athlete on team " + team + " to import for";
        }
        boolean wellness = random.nextBoolean();
        LocalDate start = placeOf(activeMembers(team).get(0)).today().minusDays(40 + random.nextInt(90));
        StringBuilder csv = new StringBuilder(wellness
                ? "athlete_code,date,fatigue,sleep_quality,soreness,stress,mood,sleep_hours,resting_hr,rmssd,"
                        + "sore_areas,comment\n"
                : "athlete_code,date,start_time,type,minutes,rpe,notes\n");
        for (String code : codes) {
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
                .post("/teams/" + team + "/import");
        assertEquals(303, upload.statusCode(), upload::asString);
        String preview = upload.header("Location").replaceFirst("^https?://[^/]+", "");
        String page = coach.get(preview).then().statusCode(200).extract().asString();
        Matcher checksum = CHECKSUM.matcher(page);
        assertTrue(checksum.find(), page);
        coach.post(preview + "/confirm", Map.of("checksum", checksum.group(1))).then().statusCode(303);
        return "CSV import of " + kind + " from " + start + " into team " + team;
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

    /** Where the athlete is now. */
    private static Place placeOf(long athleteId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Athlete athlete = Athlete.findById(athleteId);
            return new Place(athlete.team.id, athlete.team.zone(), athlete.active, athlete.name, athlete.code);
        });
    }

    /** The team's active athletes, by id. */
    private static List<Long> activeMembers(long teamId) {
        return QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createQuery("select a.id from Athlete a where a.team.id = ?1 and a.active = true order by a.id",
                        Long.class)
                .setParameter(1, teamId).getResultList());
    }

    /**
     * The API's CSV and the athlete's days of every athlete, active or not, and the day of each squad, equal the
     * core over the whole history in the athlete's current team's zone and with its thresholds.
     */
    private void verify(World w, String after) {
        Map<Long, List<DayMetrics>> expected = new HashMap<>();
        for (long id : w.athletes()) {
            Place place = placeOf(id);
            LocalDate today = place.today();
            LocalDate from = today.minusDays(140);
            LocalDate to = today.plusDays(1);
            expected.put(id, QuarkusTransaction.requiringNew().call(() -> {
                Athlete athlete = Athlete.findById(id);
                Thresholds thresholds = metrics.thresholds(athlete.team);
                LocalDate lastDeloadEnd = planning.lastDeloadEnd(athlete, today).orElse(null);
                return MetricsLedger.fromScratch(id, LocalDate.ofInstant(athlete.createdAt, place.zone()),
                        place.zone(), thresholds, lastDeloadEnd, from, to);
            }));
            String csv = ApiTokens.as(w.coachToken())
                    .get("/api/v1/athletes/" + id + "/metrics.csv?from=" + from + "&to=" + to)
                    .then().statusCode(200).extract().asString();
            assertEquals(MetricsCsv.write(expected.get(id)), csv, "metrics API of athlete " + id + " after " + after);
            List<DayMetrics> shown = QuarkusTransaction.requiringNew()
                    .call(() -> metrics.athleteBetween(Athlete.findById(id), today.minusDays(27), today));
            assertEquals(expected.get(id).subList(113, 141), shown, "athlete page days of " + id + " after " + after);
        }
        for (long teamId : w.teams()) {
            TeamMetrics.SquadDay squad = QuarkusTransaction.requiringNew().call(() -> {
                Team team = Team.findById(teamId);
                return metrics.squadOn(team, LocalDate.now(team.zone()));
            });
            for (TeamMetrics.AthleteDay day : squad.athletes()) {
                assertEquals(expected.get(day.athleteId()).get(140), day.metrics(),
                        "squad day of " + day.athleteId() + " on team " + teamId + " after " + after);
            }
            assertEquals(activeMembers(teamId), squad.athletes().stream().map(TeamMetrics.AthleteDay::athleteId)
                    .sorted().toList(), "the squad of team " + teamId + " after " + after);
        }
    }

    private static World world(ZoneId zone, ZoneId otherZone, int size) {
        String coach = Fixtures.user(Role.COACH);
        long teamId = Fixtures.team(coach);
        long otherTeamId = Fixtures.team(coach);
        QuarkusTransaction.requiringNew().run(() -> {
            Team.<Team>findById(teamId).timeZone = zone.getId();
            Team.<Team>findById(otherTeamId).timeZone = otherZone.getId();
        });
        List<Long> athletes = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<WebSession> sessions = new ArrayList<>();
        for (int k = 0; k < size; k++) {
            String username = Fixtures.user(Role.ATHLETE);
            long id = Fixtures.athlete(teamId, username);
            athletes.add(id);
            tokens.add(ApiTokens.issue(username));
            sessions.add(WebSession.signIn(username));
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
        String coachToken = ApiTokens.issue(coach);
        for (long id : athletes) {
            // A session to rate or delete from the first step on, logged by the coach and not rated.
            ApiTokens.as(coachToken).contentType("application/json").body(Map.of("date",
                    LocalDate.now(zone).minusDays(3).toString(), "startTime", "10:00", "type", "conditioning",
                    "minutes", 50)).post("/api/v1/athletes/" + id + "/sessions").then().statusCode(201);
        }
        return new World(teamId, zone, otherTeamId, coach, coachToken, athletes, tokens, sessions, testId);
    }
}
