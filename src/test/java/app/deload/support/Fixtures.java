package app.deload.support;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import app.deload.account.Role;
import app.deload.account.User;
import app.deload.athlete.Athlete;
import app.deload.team.Team;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Creates what a test needs through the entities, each with a unique name so test classes never collide
 * (the same database serves the whole run, on H2 and on PostgreSQL).
 */
public final class Fixtures {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + COUNTER.incrementAndGet();
    }

    public static String user(String role) {
        String username = unique(role);
        QuarkusTransaction.requiringNew().run(() -> User.create(username, "Test " + username, role, PASSWORD));
        return username;
    }

    public static long team(String coachUsername) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Team team = new Team();
            team.name = unique("Team");
            team.sport = "Rowing";
            team.timeZone = "Europe/Berlin";
            if (coachUsername != null) {
                team.coaches.add(User.findByUsername(coachUsername).orElseThrow());
            }
            team.persist();
            return team.id;
        });
    }

    /** An athlete on the team; with a login when {@code username} is not null. */
    public static long athlete(long teamId, String username) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Athlete athlete = new Athlete();
            athlete.team = Team.findById(teamId);
            athlete.name = "Athlete " + unique("a");
            athlete.code = unique("C");
            athlete.birthDate = LocalDate.of(2000, 5, 17);
            athlete.hrRest = 52;
            if (username != null) {
                athlete.user = User.findByUsername(username).orElseThrow();
            }
            athlete.persist();
            return athlete.id;
        });
    }

    /** A team with its coach and one athlete who can sign in. */
    public record Squad(long teamId, String coach, long athleteId, String athlete) {
    }

    public static Squad squad() {
        String coach = user(Role.COACH);
        long teamId = team(coach);
        String athlete = user(Role.ATHLETE);
        return new Squad(teamId, coach, athlete(teamId, athlete), athlete);
    }
}
