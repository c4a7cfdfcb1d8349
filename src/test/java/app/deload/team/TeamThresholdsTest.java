package app.deload.team;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.deload.monitoring.IntensityBasis;
import app.deload.monitoring.Thresholds;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class TeamThresholdsTest {

    @Inject
    ThresholdDefaults defaults;

    private static Map<String, String> form(String spike, String zWatch, String zAlert) {
        Map<String, String> form = new HashMap<>();
        form.put("ratioSpike", spike);
        form.put("monotonyHigh", "");
        form.put("zWatch", zWatch);
        form.put("zAlert", zAlert);
        form.put("sleepRestrictionHours", "");
        form.put("shortSleepHours", "");
        form.put("defaultSwcPercent", "");
        form.put("activeRecoveryBasis", "PERCENT_HRMAX");
        return form;
    }

    private Thresholds effective(long teamId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> TeamThresholds.effectiveFor(Team.<Team>findById(teamId), defaults));
    }

    @Test
    void defaultsComeFromScienceMdUntilTheTeamChangesThem() {
        Fixtures.Squad squad = Fixtures.squad();
        Thresholds before = effective(squad.teamId());
        assertEquals(1.5, before.ratioSpike());
        assertEquals(2.0, before.monotonyHigh());
        assertEquals(-1.0, before.zWatch());
        assertEquals(IntensityBasis.HEART_RATE_RESERVE, before.activeRecoveryBasis());
    }

    @Test
    void theTeamsCoachChangesAThresholdAndTheChangeIsRecorded() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        coach.post("/teams/" + squad.teamId() + "/thresholds", form("1.4", "-1.2", "")).then().statusCode(303);
        Thresholds after = effective(squad.teamId());
        assertEquals(1.4, after.ratioSpike());
        assertEquals(-1.2, after.zWatch());
        assertEquals(-2.0, after.zAlert());
        assertEquals(IntensityBasis.PERCENT_HRMAX, after.activeRecoveryBasis());
        coach.get("/teams/" + squad.teamId() + "/thresholds").then().statusCode(200)
                .body(containsString("Load spike: EWMA ratio above"), containsString(squad.coach()),
                        containsString("value=\"1.4\""));
    }

    @Test
    void inconsistentOrOutOfRangeValuesAreRefusedAndNothingChanges() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        coach.post("/teams/" + squad.teamId() + "/thresholds", form("9", "", "")).then().statusCode(400)
                .body(containsString("Enter a number from 1.0 to 3.0."), containsString("value=\"9\""));
        coach.post("/teams/" + squad.teamId() + "/thresholds", form("", "-1.5", "-1.0")).then().statusCode(400)
                .body(containsString("The alert level must be at or below the watch level."));
        assertEquals(1.5, effective(squad.teamId()).ratioSpike());
        assertEquals(-1.0, effective(squad.teamId()).zWatch());
    }

    @Test
    void anotherTeamsCoachCannotSeeOrChangeThem() {
        Fixtures.Squad mine = Fixtures.squad();
        Fixtures.Squad theirs = Fixtures.squad();
        WebSession other = WebSession.signIn(theirs.coach());
        other.get("/teams/" + mine.teamId() + "/thresholds").then().statusCode(404);
        other.post("/teams/" + mine.teamId() + "/thresholds", form("1.2", "", "")).then().statusCode(404);
        assertEquals(1.5, effective(mine.teamId()).ratioSpike());
    }
}
