package app.deload.plan;

import app.deload.athlete.Athlete;
import app.deload.team.Team;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Reads planning rows for tests through the entities. */
final class PlanFixtures {

    private PlanFixtures() {
    }

    static long activePlanId(long teamId) {
        return QuarkusTransaction.requiringNew().call(() -> TrainingPlan.findActiveForTeam(Team.findById(teamId))
                .orElseThrow().id);
    }

    static long activeIndividualPlanId(long athleteId) {
        return QuarkusTransaction.requiringNew().call(() -> TrainingPlan.findActiveForAthlete(
                Athlete.findById(athleteId)).orElseThrow().id);
    }

    static java.util.Map<String, String> version(long planId) {
        return java.util.Map.of("version", Long.toString(QuarkusTransaction.requiringNew().call(
                () -> TrainingPlan.<TrainingPlan>findById(planId).version)));
    }

    static java.util.Map<String, String> eventVersion(long eventId) {
        return java.util.Map.of("version", Long.toString(QuarkusTransaction.requiringNew().call(
                () -> TeamEvent.<TeamEvent>findById(eventId).version)));
    }

    static long eventId(long teamId, String name) {
        return QuarkusTransaction.requiringNew().call(() -> TeamEvent.<TeamEvent>find("team.id = ?1 and name = ?2",
                teamId, name).firstResult().id);
    }
}
