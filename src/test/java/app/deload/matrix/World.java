package app.deload.matrix;

import app.deload.account.Role;
import app.deload.support.Fixtures;
import app.deload.account.User;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The data the matrix runs against: team A with its coach and an athlete who can sign in (the "self" of
 * athlete routes), team B with another coach, and spare rows that mutating routes may change freely.
 */
public record World(long teamA, long teamB, long athleteA, long athleteWithoutLogin, long athleteB, String coachA,
        String coachB, String athlete, String admin, long spareTeam, long spareCoachId, long spareUserId) {

    static World create() {
        Fixtures.Squad a = Fixtures.squad();
        Fixtures.Squad b = Fixtures.squad();
        String spareCoach = Fixtures.user(Role.COACH);
        long spareTeam = Fixtures.team(spareCoach);
        String spareUser = Fixtures.user(Role.COACH);
        return new World(a.teamId(), b.teamId(), a.athleteId(), Fixtures.athlete(a.teamId(), null), b.athleteId(),
                a.coach(), b.coach(), a.athlete(), Fixtures.user(Role.ADMIN), spareTeam, idOf(spareCoach),
                idOf(spareUser));
    }

    static long idOf(String username) {
        return QuarkusTransaction.requiringNew().call(() -> User.findByUsername(username).orElseThrow().id);
    }
}
