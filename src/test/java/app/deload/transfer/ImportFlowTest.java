package app.deload.transfer;

import static app.deload.transfer.Transfers.SESSIONS_HEADER;
import static app.deload.transfer.Transfers.WELLNESS_HEADER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import app.deload.team.Team;
import app.deload.training.SessionAttendance;
import app.deload.training.SessionType;
import app.deload.training.TrainingSession;
import app.deload.wellness.SoreArea;
import app.deload.wellness.WellnessEntry;
import app.deload.wellness.WellnessValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Upload, preview and confirmation through the real stack, with what the database holds after each step. */
@QuarkusTest
class ImportFlowTest {

    @Test
    void aFileWithErrorsListsEveryBadLineWithItsReasonAndWritesNothing() {
        Transfers.Squad squad = Transfers.squad(2);
        WebSession coach = WebSession.signIn(squad.coach());
        String a = squad.codes().get(0);
        String b = squad.codes().get(1);
        LocalDate day = Transfers.today().minusDays(3);
        String csv = SESSIONS_HEADER + "\n"
                + a + "," + day + ",17:30,conditioning,60,6,\n"            // line 2: fine
                + "NOBODY-1," + day + ",17:30,conditioning,60,6,\n"       // 3: unknown athlete
                + b + ",2026-02-30,17:30,conditioning,60,6,\n"             // 4: not a date
                + b + "," + Transfers.today().plusDays(2) + ",17:30,strength,60,,\n" // 5: after tomorrow
                + b + "," + day + ",17:30,conditioning,60,11,\n"           // 6: RPE out of range
                + b + "," + day + ",18:00,conditioning,0,5,\n"             // 7: minutes out of range
                + a + "," + day + ",17:30,conditioning,60,6,\n"            // 8: duplicate of line 2
                + b + "," + day + ",25:00,yoga,60,5\n"                     // 9: wrong column count
                + b + "," + day + ",7pm,yoga,60,5,\n";                     // 10: bad time and type
        Response response = Transfers.upload(coach, squad.teamId(), "sessions", csv);
        assertEquals(400, response.statusCode());
        String page = response.asString();
        assertTrue(page.contains("8 lines of sessions.csv cannot be imported."), page);
        assertRow(page, 3, "athlete_code “NOBODY-1” is not the code of an athlete on this team");
        assertRow(page, 4, "date “2026-02-30” is not a date as YYYY-MM-DD.");
        assertRow(page, 5, "is after tomorrow");
        assertRow(page, 6, "rpe “11” must be a whole number from 0 to 10.");
        assertRow(page, 7, "minutes “0” must be a whole number from 1 to 600.");
        assertRow(page, 8, "Duplicate of line 2: the same athlete, date, start time and type.");
        assertRow(page, 9, "The line has 6 values where the header has 7");
        assertRow(page, 10, "start_time “7pm” is not a time as HH:MM");
        assertRow(page, 10, "type “yoga” is not one of strength, conditioning, skill, match, active_recovery, other.");
        assertTrue(!page.contains("<td class=\"num\">2</td>"), "the good line is not listed");
        assertTrue(!page.contains("/confirm"), "no confirm button");
        assertEquals(0, Transfers.pendingOf(squad.teamId()));
        assertEquals(0, Transfers.sessionsOf(squad.teamId()));
    }

    @Test
    void wellnessProblemsAreNamedByColumn() {
        Transfers.Squad squad = Transfers.squad(1);
        WebSession coach = WebSession.signIn(squad.coach());
        String a = squad.codes().get(0);
        LocalDate day = Transfers.today().minusDays(1);
        String csv = WELLNESS_HEADER + "\r\n"
                + a + "," + day + ",6,4,3,5,4,7.5,52,61.4,calves,\r\n"
                + a + "," + day.minusDays(1) + ",4,4,3,5,4,7.3,52,61.45,elbow,\r\n"
                + a + "," + day.minusDays(2) + ",4,4,3,5,4,16.25,20,,,\r\n"
                + a + "," + day.minusDays(3) + ",4,4,3,5,4,8,,,,\r\n"
                + a + "," + day.minusDays(3) + ",4,4,3,5,4,8,,,,\r\n";
        Response response = Transfers.upload(coach, squad.teamId(), "wellness", csv);
        assertEquals(400, response.statusCode());
        String page = response.asString();
        assertRow(page, 2, "fatigue “6” must be a whole number from 1 to 5.");
        assertRow(page, 3, "sleep_hours “7.3” must be hours from 0 to 16 in quarter hours");
        assertRow(page, 3, "rmssd “61.45” must be from 3 to 300 ms with at most one decimal.");
        assertRow(page, 3, "sore_areas: “elbow” is not a body area");
        assertRow(page, 4, "sleep_hours “16.25”");
        assertRow(page, 4, "resting_hr “20” must be a whole number from 25 to 150.");
        assertRow(page, 6, "Duplicate of line 5: one questionnaire per athlete and date.");
        assertEquals(0, Transfers.wellnessOf(squad.teamId()));
        assertEquals(0, Transfers.pendingOf(squad.teamId()));
    }

    @Test
    void theHeaderMustBeTheChosenKinds() {
        Transfers.Squad squad = Transfers.squad(1);
        WebSession coach = WebSession.signIn(squad.coach());
        String wellness = WELLNESS_HEADER + "\n" + squad.codes().get(0) + "," + Transfers.today() + ",4,4,3,5,4,8,,,,\n";
        Transfers.upload(coach, squad.teamId(), "sessions", wellness).then().statusCode(400)
                .body(containsString("This is a wellness file, but you chose sessions."));
        Transfers.upload(coach, squad.teamId(), "sessions", "code,day,rpe\nX,2026-01-01,5\n").then().statusCode(400)
                .body(containsString("The first line must be the header: " + SESSIONS_HEADER));
        Transfers.upload(coach, squad.teamId(), "sessions", SESSIONS_HEADER + "\n").then().statusCode(400)
                .body(containsString("The file has its header but no rows."));
    }

    @Test
    void aMissingFileOrKindIsAnsweredBesideTheField() {
        Transfers.Squad squad = Transfers.squad(1);
        WebSession coach = WebSession.signIn(squad.coach());
        String token = coach.csrfToken();
        coach.request().multiPart(WebSession.CSRF_FIELD, token).multiPart("kind", "")
                .multiPart("file", "", new byte[0], "application/octet-stream")
                .post("/teams/" + squad.teamId() + "/import").then().statusCode(400)
                .body(containsString("Choose what the file holds"), containsString("Choose the CSV file to upload."));
        coach.post("/teams/" + squad.teamId() + "/import", Map.of("kind", "wellness")).then().statusCode(400)
                .body(containsString("Choose the CSV file to upload."), containsString("value=\"wellness\" checked"));
    }

    @Test
    void aGoodSessionsFileIsPreviewedAndWrittenOnlyOnConfirmation() {
        Transfers.Squad squad = Transfers.squad(3);
        WebSession coach = WebSession.signIn(squad.coach());
        String a = squad.codes().get(0);
        String b = squad.codes().get(1);
        String c = squad.codes().get(2);
        LocalDate day = Transfers.today().minusDays(2);
        String csv = SESSIONS_HEADER + "\n"
                + a + "," + day + ",17:30,conditioning,75,6,Intervals 6 x 4 min\n"
                + b + "," + day + ",17:30,conditioning,75,7,\n"
                + c + "," + day + ",17:30,conditioning,60,,\n"
                + a.toLowerCase() + "," + day.minusDays(1) + ",,strength,45,4,Gym on my own\n";
        String preview = Transfers.previewOf(coach, squad.teamId(), "sessions", csv);
        String page = coach.get(preview).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<strong>2</strong> sessions created"), page);
        assertTrue(page.contains("<strong>4</strong> athlete sessions added"), page);
        assertTrue(page.contains("<strong>3</strong> ratings recorded"), page);
        assertTrue(page.contains("<strong>1</strong> added without a rating (missing)"), page);
        assertTrue(page.contains("Import 4 rows"), page);
        assertEquals(0, Transfers.sessionsOf(squad.teamId()), "the preview writes nothing");

        Response done = Transfers.confirm(coach, preview, Transfers.checksumOn(page));
        assertEquals(303, done.statusCode(), done::asString);
        coach.get("/teams/" + squad.teamId() + "/import").then().statusCode(200)
                .body(containsString("Import done: 2 sessions created, 4 athlete sessions added, 3 ratings recorded"));
        assertEquals(0, Transfers.pendingOf(squad.teamId()));

        QuarkusTransaction.requiringNew().run(() -> {
            Team team = Team.findById(squad.teamId());
            List<TrainingSession> sessions = TrainingSession.listForTeamBetween(team, day.minusDays(1), day);
            assertEquals(2, sessions.size());
            TrainingSession individual = sessions.get(0);
            assertTrue(individual.individual);
            assertNull(individual.startTime);
            assertEquals("Gym on my own", individual.notes);
            TrainingSession teamSession = sessions.get(1);
            assertEquals(LocalTime.of(17, 30), teamSession.startTime);
            assertEquals(SessionType.CONDITIONING, teamSession.type);
            assertEquals(75, teamSession.plannedMinutes, "the most frequent minutes");
            assertEquals("Intervals 6 x 4 min", teamSession.notes);
            assertEquals(squad.coach(), teamSession.closedBy, "attendance taken by the import");
            List<SessionAttendance> rows = SessionAttendance.listForSession(teamSession);
            rows.sort(Comparator.comparing(r -> r.athlete.code));
            Map<String, SessionAttendance> byCode = Map.of(rows.get(0).athlete.code, rows.get(0),
                    rows.get(1).athlete.code, rows.get(1), rows.get(2).athlete.code, rows.get(2));
            assertEquals(6, byCode.get(a).rpe);
            assertEquals(squad.coach(), byCode.get(a).ratedBy);
            assertNull(byCode.get(a).minutes, "planned minutes stand");
            assertEquals(7, byCode.get(b).rpe);
            assertNull(byCode.get(c).rpe, "no rating: missing, never zero");
            assertEquals(60, byCode.get(c).minutes, "an athlete's other minutes are kept as actual minutes");
            assertTrue(byCode.get(c).attended);
        });
        // The monitoring inputs see it: the athlete's daily load is RPE × minutes.
        String metrics = coach.get("/athletes/" + squad.athleteIds().get(0) + "/metrics/csv?from=" + day.minusDays(1)
                + "&to=" + day).then().statusCode(200).extract().asString();
        List<String> lines = metrics.lines().toList();
        assertTrue(lines.get(1).startsWith(day.minusDays(1) + ",TRAINED,180,"), metrics);
        assertTrue(lines.get(2).startsWith(day + ",TRAINED,450,"), metrics);
    }

    @Test
    void aGoodWellnessFileIsImportedAndSeenByTheMetrics() {
        Transfers.Squad squad = Transfers.squad(2);
        WebSession coach = WebSession.signIn(squad.coach());
        LocalDate day = Transfers.today().minusDays(1);
        String csv = WELLNESS_HEADER + "\n"
                + squad.codes().get(0) + "," + day + ",4,4,3,5,4,7.5,52,61.4,calves;lower_back,Long bus ride\n"
                + squad.codes().get(1) + "," + day + ",3,2,4,3,4,6.25,,,,\n";
        String preview = Transfers.previewOf(coach, squad.teamId(), "wellness", csv);
        String page = coach.get(preview).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<strong>2</strong> wellness entries created"), page);
        assertTrue(page.contains("<strong>0</strong> existing entries updated"), page);
        assertEquals(0, Transfers.wellnessOf(squad.teamId()));
        Transfers.confirm(coach, preview, Transfers.checksumOn(page)).then().statusCode(303);
        WellnessValues stored = QuarkusTransaction.requiringNew().call(() -> WellnessEntry
                .findFor(Athlete.findById(squad.athleteIds().get(0)), day).orElseThrow().values());
        assertEquals(new WellnessValues(4, 4, 3, 5, 4, 7.5, 52, 61.4,
                java.util.EnumSet.of(SoreArea.CALVES, SoreArea.LOWER_BACK), "Long bus ride"), stored);
        String metrics = coach.get("/athletes/" + squad.athleteIds().get(0) + "/metrics/csv?from=" + day + "&to="
                + day).then().statusCode(200).extract().asString();
        assertTrue(metrics.contains(",7.5,"), metrics);
        assertTrue(metrics.lines().toList().get(0).contains("wellness_total"), metrics);
    }

    @Test
    void confirmingTwiceImportsOnce() {
        Transfers.Squad squad = Transfers.squad(1);
        WebSession coach = WebSession.signIn(squad.coach());
        String csv = SESSIONS_HEADER + "\n" + squad.codes().get(0) + "," + Transfers.today().minusDays(1)
                + ",09:00,skill,90,5,\n";
        String preview = Transfers.previewOf(coach, squad.teamId(), "sessions", csv);
        String checksum = Transfers.checksumOn(coach.get(preview).asString());
        Transfers.confirm(coach, preview, checksum).then().statusCode(303);
        Transfers.confirm(coach, preview, checksum).then().statusCode(404)
                .body(containsString("it was already confirmed or discarded"));
        assertEquals(1, Transfers.sessionsOf(squad.teamId()));
        assertEquals(1, Transfers.attendanceOf(squad.teamId()));
        coach.get(preview).then().statusCode(404);
    }

    @Test
    void twoSimultaneousConfirmationsImportOnce() throws Exception {
        Transfers.Squad squad = Transfers.squad(4);
        WebSession coach = WebSession.signIn(squad.coach());
        StringBuilder csv = new StringBuilder(SESSIONS_HEADER + "\n");
        for (int d = 1; d <= 30; d++) {
            for (String code : squad.codes()) {
                csv.append(code).append(',').append(Transfers.today().minusDays(d)).append(",07:00,strength,60,5,\n");
            }
        }
        String preview = Transfers.previewOf(coach, squad.teamId(), "sessions", csv.toString());
        String checksum = Transfers.checksumOn(coach.get(preview).asString());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // One form token for both, as two tabs of the same preview page send (each page view may renew it).
            String token = coach.csrfToken();
            Callable<Integer> confirm = () -> coach.postWithToken(preview + "/confirm", Map.of("checksum", checksum),
                    token).statusCode();
            List<Future<Integer>> results = pool.invokeAll(List.of(confirm, confirm));
            List<Integer> statuses = results.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).sorted().toList();
            assertEquals(List.of(303, 404), statuses);
        } finally {
            pool.shutdown();
        }
        assertEquals(30, Transfers.sessionsOf(squad.teamId()));
        assertEquals(120, Transfers.attendanceOf(squad.teamId()));
    }

    @Test
    void anotherTeamsCoachCanNeitherSeeNorConfirmAnImport() {
        Transfers.Squad squad = Transfers.squad(1);
        WebSession coach = WebSession.signIn(squad.coach());
        String csv = SESSIONS_HEADER + "\n" + squad.codes().get(0) + "," + Transfers.today().minusDays(1)
                + ",09:00,skill,90,5,\n";
        String preview = Transfers.previewOf(coach, squad.teamId(), "sessions", csv);
        String checksum = Transfers.checksumOn(coach.get(preview).asString());
        String otherCoach = Fixtures.user(Role.COACH);
        long otherTeam = Fixtures.team(otherCoach);
        WebSession other = WebSession.signIn(otherCoach);
        other.get(preview).then().statusCode(404);
        Transfers.confirm(other, preview, checksum).then().statusCode(404);
        String viaOwnTeam = preview.replace("/teams/" + squad.teamId() + "/", "/teams/" + otherTeam + "/");
        other.get(viaOwnTeam).then().statusCode(404);
        Transfers.confirm(other, viaOwnTeam, checksum).then().statusCode(404);
        other.post(viaOwnTeam + "/discard", Map.of("checksum", checksum)).then().statusCode(404);
        assertEquals(0, Transfers.sessionsOf(squad.teamId()));
        assertEquals(0, Transfers.sessionsOf(otherTeam));
        WebSession athlete = WebSession.signIn(Fixtures.squad().athlete());
        athlete.get(preview).then().statusCode(403);
        Transfers.confirm(coach, preview, checksum).then().statusCode(303);
        assertEquals(1, Transfers.sessionsOf(squad.teamId()));
    }

    @Test
    void aConfirmationMustNameThePreviewedContent() {
        Transfers.Squad squad = Transfers.squad(1);
        WebSession coach = WebSession.signIn(squad.coach());
        String csv = SESSIONS_HEADER + "\n" + squad.codes().get(0) + "," + Transfers.today().minusDays(1)
                + ",09:00,skill,90,5,\n";
        String preview = Transfers.previewOf(coach, squad.teamId(), "sessions", csv);
        Transfers.confirm(coach, preview, "0".repeat(64)).then().statusCode(400)
                .body(containsString("does not match the preview"));
        coach.post(preview + "/confirm").then().statusCode(400);
        assertEquals(0, Transfers.sessionsOf(squad.teamId()));
        assertEquals(1, Transfers.pendingOf(squad.teamId()));
    }

    @Test
    void aDiscardedImportIsGoneAndWritesNothing() {
        Transfers.Squad squad = Transfers.squad(1);
        WebSession coach = WebSession.signIn(squad.coach());
        String csv = SESSIONS_HEADER + "\n" + squad.codes().get(0) + "," + Transfers.today().minusDays(1)
                + ",09:00,skill,90,5,\n";
        String preview = Transfers.previewOf(coach, squad.teamId(), "sessions", csv);
        String checksum = Transfers.checksumOn(coach.get(preview).asString());
        coach.post(preview + "/discard", Map.of("checksum", checksum)).then().statusCode(303);
        coach.get("/teams/" + squad.teamId() + "/import").then().body(containsString("Import discarded"));
        Transfers.confirm(coach, preview, checksum).then().statusCode(404);
        assertEquals(0, Transfers.sessionsOf(squad.teamId()));
        assertEquals(0, Transfers.pendingOf(squad.teamId()));
    }

    @Test
    void anExpiredImportCannotBeConfirmedAndIsCleanedUp() {
        Transfers.Squad squad = Transfers.squad(1);
        WebSession coach = WebSession.signIn(squad.coach());
        String csv = SESSIONS_HEADER + "\n" + squad.codes().get(0) + "," + Transfers.today().minusDays(1)
                + ",09:00,skill,90,5,\n";
        String preview = Transfers.previewOf(coach, squad.teamId(), "sessions", csv);
        String checksum = Transfers.checksumOn(coach.get(preview).asString());
        QuarkusTransaction.requiringNew().run(() -> PendingImport.update("expiresAt = ?1 where team.id = ?2",
                Instant.now().minusSeconds(1), squad.teamId()));
        coach.get(preview).then().statusCode(404);
        Transfers.confirm(coach, preview, checksum).then().statusCode(404)
                .body(containsString("expired"));
        QuarkusTransaction.requiringNew().run(() -> PendingImport.deleteExpired(Instant.now()));
        assertEquals(0, Transfers.pendingOf(squad.teamId()));
        assertEquals(0, Transfers.sessionsOf(squad.teamId()));
    }

    @Test
    void anUploadWithoutItsCsrfTokenIsRefused() {
        Transfers.Squad squad = Transfers.squad(1);
        WebSession coach = WebSession.signIn(squad.coach());
        String csv = SESSIONS_HEADER + "\n" + squad.codes().get(0) + "," + Transfers.today().minusDays(1)
                + ",09:00,skill,90,5,\n";
        coach.request().multiPart("kind", "sessions")
                .multiPart("file", "s.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/teams/" + squad.teamId() + "/import").then().statusCode(400)
                .body(not(containsString("Preview")));
        coach.request().multiPart("kind", "sessions").multiPart(WebSession.CSRF_FIELD, "forged-token")
                .multiPart("file", "s.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/teams/" + squad.teamId() + "/import").then().statusCode(400);
        assertEquals(0, Transfers.pendingOf(squad.teamId()));
    }

    @Test
    void theRosterLinksToImportAndExport() {
        Transfers.Squad squad = Transfers.squad(1);
        WebSession coach = WebSession.signIn(squad.coach());
        coach.get("/teams/" + squad.teamId()).then().statusCode(200)
                .body(containsString("href=\"/teams/" + squad.teamId() + "/import\""));
        coach.get("/teams/" + squad.teamId() + "/import").then().statusCode(200)
                .body(containsString("enctype=\"multipart/form-data\""), containsString("<code>sleep_hours</code>"),
                        containsString("one team session"), containsString("/js/transfer.js"));
    }

    private static void assertRow(String page, int line, String reason) {
        String row = "<td class=\"num\">" + line + "</td><td>";
        int at = page.indexOf(row);
        assertTrue(at >= 0, "line " + line + " is listed: " + page);
        String cell = page.substring(at + row.length(), page.indexOf("</td>", at + row.length()));
        assertTrue(cell.contains(reason.replace("'", "&#39;")), "line " + line + ": expected “" + reason + "” in “"
                + cell + "”");
    }
}
