package app.deload.plan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import app.deload.account.User;
import app.deload.athlete.Athlete;
import app.deload.performance.Measurement;
import app.deload.performance.PerformanceResult;
import app.deload.performance.PerformanceTest;
import app.deload.planning.Pattern;
import app.deload.planning.PlanParameters;
import app.deload.signals.MetricsLedger;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import app.deload.team.Team;
import app.deload.wellness.WellnessEntry;
import app.deload.wellness.WellnessValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Deload records feed science section 10's medical-review rule: a jump-test decrement before a recorded deload that
 * is still there on a retest 14 or more days after the deload ended shows "suggest a medical review" on the athlete's
 * page (in plain words, never a diagnosis); a retest 13 days after it does not, and without a recorded deload the
 * same results suggest nothing. The deload is recorded the way an accepted proposal records it (the planning
 * service brings the deload forward), here started in the past so the 14 days can be seen.
 */
@QuarkusTest
class MedicalReviewTest {

    @Inject
    PlanningService planning;

    @Inject
    MetricsLedger ledger;

    @Test
    void aDecrementPersistingFourteenDaysAfterARecordedDeloadSuggestsAMedicalReviewAndNotBefore() {
        Fixtures.Squad squad = Fixtures.squad();
        long early = Fixtures.athlete(squad.teamId(), null);
        LocalDate today = QuarkusTransaction.requiringNew()
                .call(() -> LocalDate.now(Team.<Team>findById(squad.teamId()).zone()));
        // a 4:1 plan that started three Mondays ago: no planned deload has ended yet
        LocalDate planStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(3);
        LocalDate deloadStart = planStart.plusDays(1);
        LocalDate deloadEnd = planStart.plusDays(6);
        QuarkusTransaction.requiringNew().run(() -> planning.create(Team.findById(squad.teamId()), null,
                PlanParameters.of(planStart, 12, Pattern.FOUR_ONE, 2000, 5, 0.5)));
        history(squad.teamId(), squad.athleteId(), "Countermovement jump", deloadEnd, deloadEnd.plusDays(14), today);
        history(squad.teamId(), early, "Squat jump", deloadEnd, deloadEnd.plusDays(13), today);

        WebSession coach = WebSession.signIn(squad.coach());
        String persisting = "/athletes/" + squad.athleteId() + "/metrics?date=";
        String retestedEarly = "/athletes/" + early + "/metrics?date=";
        coach.get(persisting + deloadEnd.plusDays(14)).then().statusCode(200)
                .body(containsString("Countermovement jump"), not(containsString("medical review")));

        EarlyDeloadResult recorded = QuarkusTransaction.requiringNew().call(() -> planning.bringDeloadForward(
                Team.findById(squad.teamId()), null, deloadStart, "proposal accepted: signs of accumulated fatigue",
                User.findByUsername(squad.coach()).orElseThrow()));
        assertEquals(deloadEnd, recorded.end());

        coach.get(persisting + deloadEnd.plusDays(13)).then().statusCode(200)
                .body(not(containsString("medical review")));
        coach.get(persisting + deloadEnd.plusDays(14)).then().statusCode(200)
                .body(containsString("Suggest a medical review: Countermovement jump"),
                        containsString("is still below its level 14 or more days after the deload that ended "
                                + deloadEnd),
                        containsString("diagnosed by clinicians, by exclusion, never by this app"),
                        not(containsString("you have overtraining")));
        coach.get(persisting + today).then().statusCode(200).body(containsString("Suggest a medical review"));
        for (LocalDate day : List.of(deloadEnd.plusDays(13), deloadEnd.plusDays(14), today)) {
            coach.get(retestedEarly + day).then().statusCode(200).body(not(containsString("medical review")));
        }
    }

    /**
     * Daily questionnaires from six weeks before the deload ended, three ordinary jumps, a clearly worse one three
     * days before the deload ended, and the same worse jump again on the retest day.
     */
    private void history(long teamId, long athleteId, String testName, LocalDate deloadEnd, LocalDate retest, LocalDate today) {
        QuarkusTransaction.requiringNew().run(() -> {
            Team team = Team.findById(teamId);
            Athlete athlete = Athlete.findById(athleteId);
            for (LocalDate d = deloadEnd.minusDays(42); !d.isAfter(today); d = d.plusDays(1)) {
                WellnessEntry.upsert(athlete, d, new WellnessValues(4, 4, 4, 4, 4, 7.5, 52, null, Set.of(), null));
            }
            PerformanceTest test = new PerformanceTest();
            test.team = team;
            test.name = testName;
            test.unit = "cm";
            test.higherIsBetter = true;
            test.persist();
            for (int days : new int[] { 40, 33, 26 }) {
                PerformanceResult.record(test, deloadEnd.minusDays(days), List.of(new Measurement(athleteId, 50.0)));
            }
            PerformanceResult.record(test, deloadEnd.minusDays(3), List.of(new Measurement(athleteId, 45.0)));
            PerformanceResult.record(test, retest, List.of(new Measurement(athleteId, 45.0)));
            ledger.changed(team, List.of(athleteId), deloadEnd.minusDays(42));
        });
    }
}
