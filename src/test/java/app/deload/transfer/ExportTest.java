package app.deload.transfer;

import static app.deload.transfer.Transfers.SESSIONS_HEADER;
import static app.deload.transfer.Transfers.WELLNESS_HEADER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import app.deload.athlete.Athlete;
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

/** Exports in the import formats: attachments, formula guards, templates, and the round trip back in. */
@QuarkusTest
class ExportTest {

    private static final String FORMULA_NOTES = "=HYPERLINK(\"http://evil.example\",\"click\")";

    @Test
    void anExportReimportsToTheSameData() {
        Transfers.Squad squad = Transfers.squad(3);
        WebSession coach = WebSession.signIn(squad.coach());
        LocalDate today = Transfers.today();
        recordHistory(squad, today);
        String range = "?from=" + today.minusDays(5) + "&to=" + today;
        String sessions = export(coach, squad.teamId(), "sessions", range);
        String wellness = export(coach, squad.teamId(), "wellness", range);
        assertEquals(5, CsvReader.parse(sessions).size(), "header and the four attended rows; the absence is no row");
        assertEquals(4, CsvReader.parse(wellness).size());
        List<String> before = structure(squad.teamId());

        // The same files again change nothing.
        String preview = Transfers.previewOf(coach, squad.teamId(), "sessions", sessions);
        String page = coach.get(preview).asString();
        assertTrue(page.contains("<strong>0</strong> sessions created"), page);
        assertTrue(page.contains("<strong>0</strong> existing athlete sessions updated"), page);
        assertTrue(page.contains("<strong>4</strong> rows already stored, left as they are"), page);
        Transfers.confirm(coach, preview, Transfers.checksumOn(page)).then().statusCode(303);
        Transfers.importFile(coach, squad.teamId(), "wellness", wellness).then().statusCode(303);
        assertEquals(before, structure(squad.teamId()));
        assertEquals(sessions, export(coach, squad.teamId(), "sessions", range));

        // Into an emptied team they bring back the same sessions, attendance, ratings and questionnaires.
        wipe(squad.teamId());
        assertEquals(0, Transfers.sessionsOf(squad.teamId()));
        Transfers.importFile(coach, squad.teamId(), "sessions", sessions).then().statusCode(303);
        Transfers.importFile(coach, squad.teamId(), "wellness", wellness).then().statusCode(303);
        assertEquals(sessions, export(coach, squad.teamId(), "sessions", range));
        assertEquals(wellness, export(coach, squad.teamId(), "wellness", range));
        assertEquals(before.stream().map(s -> s.replace(" attendance=3", " attendance=2")).toList(),
                structure(squad.teamId()), "the absent athlete is the only difference");
    }

    @Test
    void exportsAreAttachmentsWithFormulasDefused() {
        Transfers.Squad squad = Transfers.squad(3);
        WebSession coach = WebSession.signIn(squad.coach());
        LocalDate today = Transfers.today();
        recordHistory(squad, today);
        Response response = coach.get("/teams/" + squad.teamId() + "/export/sessions.csv?from=" + today.minusDays(5)
                + "&to=" + today);
        response.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"deload-team" + squad.teamId() + "-sessions-"
                        + today.minusDays(5) + "-" + today + ".csv\"");
        String csv = new String(response.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF" + SESSIONS_HEADER + "\r\n"), csv);
        assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"\r\n"), csv);
        assertTrue(csv.contains(",\"Hills, \"\"steep\"\"\nthen flats\"\r\n"), "quoted per RFC 4180: " + csv);
        String wellness = export(coach, squad.teamId(), "wellness", "?from=" + today.minusDays(5) + "&to=" + today);
        assertTrue(wellness.contains(",'+1 felt great\r\n"), wellness);
        assertTrue(wellness.contains(",-5\r\n"), "a number is left as it is: " + wellness);
        assertTrue(wellness.contains(",lower_back;calves,"), "areas in body order: " + wellness);
        // Imported back, the guard is gone again: the stored text is what was exported.
        wipe(squad.teamId());
        Transfers.importFile(coach, squad.teamId(), "sessions", csv).then().statusCode(303);
        String notes = QuarkusTransaction.requiringNew().call(() -> TrainingSession
                .<TrainingSession>find("team.id = ?1 and individual = true", squad.teamId()).singleResult().notes);
        assertEquals(FORMULA_NOTES, notes);
    }

    @Test
    void aRangeMustBeDatesUpToTomorrow() {
        Transfers.Squad squad = Transfers.squad(1);
        WebSession coach = WebSession.signIn(squad.coach());
        String base = "/teams/" + squad.teamId() + "/export/";
        coach.get(base + "sessions.csv?from=2026-13-01").then().statusCode(400).body(containsString("YYYY-MM-DD"));
        coach.get(base + "wellness.csv?from=" + Transfers.today() + "&to=" + Transfers.today().minusDays(1))
                .then().statusCode(400).body(containsString("“from” must not be after “to”"));
        coach.get(base + "wellness.csv?to=" + Transfers.today().plusDays(2)).then().statusCode(400)
                .body(containsString("after tomorrow"));
        coach.get(base + "wellness.csv").then().statusCode(200).body(containsString(WELLNESS_HEADER));
    }

    @Test
    void aFileWithByteOrderMarkCrlfAndQuotedValuesImports() {
        Transfers.Squad squad = Transfers.squad(2);
        WebSession coach = WebSession.signIn(squad.coach());
        LocalDate day = Transfers.today().minusDays(1);
        String notes = "Hills, \"steep\"\r\nthen flats";
        String csv = "\uFEFF" + SESSIONS_HEADER + "\r\n"
                + squad.codes().get(0) + "," + day + ",7:05,Match,90,8,\"Hills, \"\"steep\"\"\r\nthen flats\"\r\n"
                + "\r\n"
                + " " + squad.codes().get(1) + " , " + day + " ,07:05,match,90,,\r\n";
        Transfers.importFile(coach, squad.teamId(), "sessions", csv).then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> {
            TrainingSession session = TrainingSession.<TrainingSession>find("team.id", squad.teamId()).singleResult();
            assertEquals(notes, session.notes);
            assertEquals(LocalTime.of(7, 5), session.startTime);
            assertEquals(SessionType.MATCH, session.type);
            assertEquals(2, SessionAttendance.listForSession(session).size());
        });
        // A line break inside quotes still counts for the line numbers of later rows.
        String bad = "\uFEFF" + SESSIONS_HEADER + "\r\n"
                + squad.codes().get(0) + "," + day + ",18:00,skill,60,5,\"two\nlines\"\r\n"
                + squad.codes().get(0) + "," + day + ",18:00,skill,60,5,\r\n";
        Transfers.upload(coach, squad.teamId(), "sessions", bad).then().statusCode(400)
                .body(containsString("<td class=\"num\">4</td><td>Duplicate of line 2"));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithItsLine() {
        Transfers.Squad squad = Transfers.squad(1);
        WebSession coach = WebSession.signIn(squad.coach());
        byte[] latin1 = (SESSIONS_HEADER + "\n" + squad.codes().get(0) + "," + Transfers.today()
                + ",09:00,skill,60,,Müller\n").getBytes(StandardCharsets.ISO_8859_1);
        Transfers.upload(coach, squad.teamId(), "sessions", "s.csv", latin1).then().statusCode(400)
                .body(containsString("<td class=\"num\">2</td><td>The file is not UTF-8 text."));
    }

    @Test
    void templatesHaveTheHeaderAndTwoExamplesThatNeedRealCodes() {
        Transfers.Squad squad = Transfers.squad(1);
        WebSession coach = WebSession.signIn(squad.coach());
        for (String kind : List.of("sessions", "wellness")) {
            Response response = coach.get("/teams/" + squad.teamId() + "/import/template/" + kind + ".csv");
            response.then().statusCode(200).contentType(startsWith("text/csv"))
                    .header("Content-Disposition", "attachment; filename=\"deload-" + kind + "-template.csv\"");
            String template = new String(response.asByteArray(), StandardCharsets.UTF_8);
            List<String> lines = template.lines().toList();
            assertEquals(3, lines.size(), template);
            assertEquals("\uFEFF" + (kind.equals("sessions") ? SESSIONS_HEADER : WELLNESS_HEADER), lines.get(0));
            Transfers.upload(coach, squad.teamId(), kind, template).then().statusCode(400)
                    .body(containsString("“EXAMPLE-1” is not the code of an athlete on this team"),
                            containsString("“EXAMPLE-2” is not the code"));
            String replaced = template.replace("EXAMPLE-1", squad.codes().get(0)).replace("EXAMPLE-2",
                    squad.codes().get(0)).replace("2026-03-02", Transfers.today().minusDays(1).toString());
            if (kind.equals("wellness")) {
                replaced = replaced.replaceFirst(Transfers.today().minusDays(1).toString(),
                        Transfers.today().minusDays(2).toString());
            } else {
                replaced = replaced.replace(",17:30,conditioning,60,", ",18:30,conditioning,60,");
            }
            Transfers.previewOf(coach, squad.teamId(), kind, replaced);
        }
        coach.get("/teams/" + squad.teamId() + "/import/template/performance.csv").then().statusCode(404);
    }

    /**
     * Three days of a squad's history: a team session with planned minutes, an athlete's other minutes and an
     * absence; an individual session without a time or rating whose notes look like a formula; a session not yet
     * rated by one athlete; and questionnaires with sore areas and comments.
     */
    static void recordHistory(Transfers.Squad squad, LocalDate today) {
        QuarkusTransaction.requiringNew().run(() -> {
            Team team = Team.findById(squad.teamId());
            List<Athlete> athletes = squad.athleteIds().stream().map(id -> Athlete.<Athlete>findById(id)).toList();
            Instant now = Instant.now();
            TrainingSession hills = session(team, today.minusDays(3), LocalTime.of(17, 30), SessionType.CONDITIONING,
                    90, "Hills, \"steep\"\nthen flats", false);
            rated(hills, athletes.get(0), null, 7, now);
            rated(hills, athletes.get(1), 60, 5, now);
            SessionAttendance absent = SessionAttendance.of(hills, athletes.get(2));
            absent.attended = false;
            absent.persist();
            TrainingSession gym = session(team, today.minusDays(2), null, SessionType.STRENGTH, 45, FORMULA_NOTES, true);
            rated(gym, athletes.get(0), null, null, now);
            TrainingSession skills = session(team, today.minusDays(1), LocalTime.of(7, 0), SessionType.SKILL, 60, null,
                    false);
            rated(skills, athletes.get(1), null, 3, now);
            answered(athletes.get(0), today.minusDays(2), new WellnessValues(4, 4, 3, 5, 4, 7.5, 52, 61.4,
                    EnumSet.of(SoreArea.CALVES, SoreArea.LOWER_BACK), "+1 felt great"));
            answered(athletes.get(1), today.minusDays(2), new WellnessValues(3, 2, 4, 3, 4, 6.25, null, null, Set.of(),
                    "-5"));
            answered(athletes.get(0), today.minusDays(1), new WellnessValues(5, 5, 5, 5, 5, 9, 48, 80.0, Set.of(),
                    null));
        });
    }

    private static TrainingSession session(Team team, LocalDate date, LocalTime time, SessionType type, int minutes,
            String notes, boolean individual) {
        TrainingSession session = new TrainingSession();
        session.team = team;
        session.schedule(date, time, team.zone());
        session.type = type;
        session.plannedMinutes = minutes;
        session.notes = notes;
        session.individual = individual;
        session.persist();
        return session;
    }

    private static void rated(TrainingSession session, Athlete athlete, Integer minutes, Integer rpe, Instant now) {
        SessionAttendance attendance = SessionAttendance.of(session, athlete);
        attendance.minutes = minutes;
        if (rpe != null) {
            attendance.rate(rpe, "coach", now, session.team.zone());
        }
        attendance.persist();
    }

    private static void answered(Athlete athlete, LocalDate date, WellnessValues values) {
        WellnessEntry entry = new WellnessEntry();
        entry.athlete = athlete;
        entry.entryDate = date;
        entry.assign(values);
        entry.persist();
    }

    static String export(WebSession coach, long teamId, String kind, String range) {
        Response response = coach.get("/teams/" + teamId + "/export/" + kind + ".csv" + range);
        response.then().statusCode(200);
        return new String(response.asByteArray(), StandardCharsets.UTF_8);
    }

    /** The team's sessions as "date time type individual notes attendance=n", in order. */
    static List<String> structure(long teamId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Team team = Team.findById(teamId);
            return TrainingSession.listForTeamBetween(team, LocalDate.of(2000, 1, 1), Transfers.today().plusDays(1))
                    .stream().map(s -> s.date + " " + s.startTime + " " + s.type + " " + s.individual + " " + s.notes
                            + " attendance=" + SessionAttendance.listForSession(s).size())
                    .toList();
        });
    }

    static void wipe(long teamId) {
        QuarkusTransaction.requiringNew().run(() -> {
            var em = TrainingSession.getEntityManager();
            em.createQuery("delete from SessionAttendance a where a.session.id in "
                    + "(select s.id from TrainingSession s where s.team.id = ?1)").setParameter(1, teamId).executeUpdate();
            em.createQuery("delete from TrainingSession s where s.team.id = ?1").setParameter(1, teamId).executeUpdate();
            em.createQuery("delete from WellnessEntry w where w.athlete.id in "
                    + "(select a.id from Athlete a where a.team.id = ?1)").setParameter(1, teamId).executeUpdate();
        });
    }
}
