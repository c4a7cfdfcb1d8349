package app.deload.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.deload.athlete.Athlete;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import app.deload.training.SessionAttendance;
import app.deload.training.TrainingSession;
import app.deload.wellness.WellnessEntry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;

/** Uploads, previews and confirmations as a coach's browser sends them, and what the database then holds. */
final class Transfers {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String SESSIONS_HEADER = "athlete_code,date,start_time,type,minutes,rpe,notes";
    static final String WELLNESS_HEADER = "athlete_code,date,fatigue,sleep_quality,soreness,stress,mood,sleep_hours,"
            + "resting_hr,rmssd,sore_areas,comment";
    private static final Pattern CHECKSUM = Pattern.compile("name=\"checksum\" value=\"([0-9a-f]{64})\"");

    private Transfers() {
    }

    static LocalDate today() {
        return LocalDate.now(BERLIN);
    }

    /** The file as a multipart form post with the session's CSRF token, as the upload form sends it. */
    static Response upload(WebSession coach, long teamId, String kind, String fileName, byte[] content) {
        String token = coach.csrfToken();
        return coach.request().multiPart("kind", kind).multiPart(WebSession.CSRF_FIELD, token)
                .multiPart("file", fileName, content, "text/csv").post("/teams/" + teamId + "/import");
    }

    static Response upload(WebSession coach, long teamId, String kind, String csv) {
        return upload(coach, teamId, kind, kind + ".csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    /** Uploads a valid file and returns the preview's path. */
    static String previewOf(WebSession coach, long teamId, String kind, String csv) {
        Response response = upload(coach, teamId, kind, csv);
        assertEquals(303, response.statusCode(), response::asString);
        return response.header("Location").replaceFirst("^https?://[^/]+", "");
    }

    static String checksumOn(String previewPage) {
        Matcher matcher = CHECKSUM.matcher(previewPage);
        if (!matcher.find()) {
            throw new AssertionError("no confirm form on the page: " + previewPage);
        }
        return matcher.group(1);
    }

    static Response confirm(WebSession coach, String preview, String checksum) {
        return coach.post(preview + "/confirm", Map.of("checksum", checksum));
    }

    /** Uploads, opens the preview and confirms it; returns the confirmation's response. */
    static Response importFile(WebSession coach, long teamId, String kind, String csv) {
        String preview = previewOf(coach, teamId, kind, csv);
        String page = coach.get(preview).then().statusCode(200).extract().asString();
        return confirm(coach, preview, checksumOn(page));
    }

    static String codeOf(long athleteId) {
        return QuarkusTransaction.requiringNew().call(() -> Athlete.<Athlete>findById(athleteId).code);
    }

    /** A team with its coach and {@code size} athletes; returns the coach, the team and the athletes' codes. */
    record Squad(String coach, long teamId, List<Long> athleteIds, List<String> codes) {
    }

    static Squad squad(int size) {
        Fixtures.Squad squad = Fixtures.squad();
        List<Long> ids = new java.util.ArrayList<>(List.of(squad.athleteId()));
        while (ids.size() < size) {
            ids.add(Fixtures.athlete(squad.teamId(), null));
        }
        return new Squad(squad.coach(), squad.teamId(), ids, ids.stream().map(Transfers::codeOf).toList());
    }

    static long sessionsOf(long teamId) {
        return QuarkusTransaction.requiringNew().call(() -> TrainingSession.count("team.id", teamId));
    }

    static long attendanceOf(long teamId) {
        return QuarkusTransaction.requiringNew().call(() -> SessionAttendance.count("session.team.id", teamId));
    }

    static long wellnessOf(long teamId) {
        return QuarkusTransaction.requiringNew().call(() -> WellnessEntry.count("athlete.team.id", teamId));
    }

    static long pendingOf(long teamId) {
        return QuarkusTransaction.requiringNew().call(() -> PendingImport.count("team.id", teamId));
    }
}
