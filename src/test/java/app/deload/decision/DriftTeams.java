package app.deload.decision;

/** Drifted teams for tests outside this package (the browser journeys). */
public final class DriftTeams {

    /** A team of three whose first athlete (with a login) is in alert today, under an active plan. */
    public record Team(long teamId, String coach, long athleteId, String athlete) {
    }

    private DriftTeams() {
    }

    /** A team of three: the first athlete in alert, the second on watch through this morning's questionnaire. */
    public record AlertAndWatch(long teamId, String coach, long alertId, String alert, long watchId, String watch) {
    }

    public static AlertAndWatch oneInAlertOneOnWatch() {
        Drift.Team12 t = Drift.team(3, 0);
        Drift.badMorning(t.athletes().get(1), t.today());
        return new AlertAndWatch(t.teamId(), t.coach(), t.athletes().get(0), t.logins().get(0), t.athletes().get(1),
                t.logins().get(1));
    }

    public static Team oneInAlert() {
        Drift.Team12 t = Drift.team(3, 0);
        return new Team(t.teamId(), t.coach(), t.athletes().get(0), t.logins().get(0));
    }
}
