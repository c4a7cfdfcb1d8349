package app.deload.decision;

/** Drifted teams for tests outside this package (the browser journeys). */
public final class DriftTeams {

    /** A team of three whose first athlete (with a login) is in alert today, under an active plan. */
    public record Team(long teamId, String coach, long athleteId, String athlete) {
    }

    private DriftTeams() {
    }

    public static Team oneInAlert() {
        Drift.Team12 t = Drift.team(3, 0);
        return new Team(t.teamId(), t.coach(), t.athletes().get(0), t.logins().get(0));
    }
}
