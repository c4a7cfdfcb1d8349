package app.deload.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import app.deload.account.Role;
import app.deload.account.User;
import app.deload.athlete.Athlete;
import app.deload.decision.Proposals;
import app.deload.plan.PlanningService;
import app.deload.team.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A deterministic demo club: two teams, 25 athletes with logins and 16 weeks of history, three coaches and an
 * admin; each team has a plan, sessions today and, for its declining athletes, open proposals from the start. Loaded only into an empty database and only when DELOAD_DEMO=true; every demo login shares one password.
 */
@ApplicationScoped
public class DemoClub {

    private static final Logger LOG = Logger.getLogger(DemoClub.class);
    private static final long SEED = 20260101L;

    static final List<String> ROWERS = List.of("Emma Lang", "Sofia Reyes", "Hannah Berg", "Lucy Amari",
            "Grace Whitfield", "Nora Lindqvist", "Ava Castell", "Mia Okoye", "Isla Fraser", "Chloe Dubois",
            "Zara Haddad", "Freya Olsen");
    static final List<String> FOOTBALLERS = List.of("Jonas Weber", "Luca Romano", "Mateo Silva", "Noah Fischer",
            "Elias Novak", "Leon Schulz", "Samuel Mensah", "David Kowalski", "Felix Braun", "Omar Haddad",
            "Tom Becker", "Ben Hoffmann", "Ali Yilmaz");
    private static final List<String> ROWING_SEATS = List.of("Stroke", "Bow", "Seat 2", "Seat 3", "Seat 4",
            "Seat 5", "Seat 6", "Seat 7");
    private static final List<String> FOOTBALL_POSITIONS = List.of("Goalkeeper", "Centre-back", "Full-back",
            "Midfielder", "Winger", "Striker");

    @Inject
    PlanningService planning;

    @Inject
    Proposals proposals;

    @Inject
    app.deload.microcycle.TemplateStore templates;

    @Inject
    app.deload.microcycle.SessionGenerator generator;

    @ConfigProperty(name = "deload.demo.password")
    String password;

    @ConfigProperty(name = "quarkus.http.port")
    int port;

    /** Creates the club; the caller's transaction commits it all or nothing. */
    public void load() {
        Random random = new Random(SEED);
        User.create("admin", "Club Administrator", Role.ADMIN, password);
        User maya = User.create("coach.maya", "Maya Okafor", Role.COACH, password);
        User jonas = User.create("coach.jonas", "Jonas Petersen", Role.COACH, password);
        User head = User.create("coach.head", "Alex Morgan", Role.COACH, password);

        Team rowing = team("Riverside Rowing", "Rowing", "Europe/London", maya, head);
        Team football = team("Northside FC U21", "Football", "Europe/Berlin", jonas, head);
        List<Athlete> rowers = athletes(rowing, ROWERS, ROWING_SEATS, "F", random);
        List<Athlete> footballers = athletes(football, FOOTBALLERS, FOOTBALL_POSITIONS, "M", random);
        DemoHistory.History rowingHistory = DemoLoader.load(rowing, rowers, true, maya.username);
        DemoHistory.History footballHistory = DemoLoader.load(football, footballers, false, jonas.username);
        DemoPlans.add(planning, rowing, rowingHistory, true, LocalDate.now(rowing.zone()));
        DemoPlans.add(planning, football, footballHistory, false, LocalDate.now(football.zone()));
        DemoLoader.today(rowing, rowers, true);
        DemoLoader.today(football, footballers, false);
        int raised = proposals.raiseToday(rowing) + proposals.raiseToday(football);
        weekSessions(rowing);
        weekSessions(football);
        LOG.info("Demo club loaded: 2 teams, " + (ROWERS.size() + FOOTBALLERS.size()) + " athletes, "
                + DemoHistory.WEEKS + " weeks of history, " + raised + " open proposals.");
    }

    public void printLogins() {
        LOG.info("""

                Deload demo is running at http://localhost:%d
                  admin        admin / %s
                  coach        coach.maya / %s   (Riverside Rowing)
                  coach        coach.jonas / %s  (Northside FC U21)
                  athlete      emma.lang / %s
                """.formatted(port, password, password, password, password));
    }

    private static Team team(String name, String sport, String zone, User... coaches) {
        Team team = new Team();
        team.name = name;
        team.sport = sport;
        team.timeZone = zone;
        team.coaches.addAll(List.of(coaches));
        team.persist();
        return team;
    }

    private List<Athlete> athletes(Team team, List<String> names, List<String> positions, String prefix,
            Random random) {
        List<Athlete> athletes = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Athlete athlete = new Athlete();
            athlete.team = team;
            athlete.name = name;
            athlete.code = prefix + String.format("%03d", i + 1);
            athlete.birthDate = LocalDate.of(1998 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28));
            athlete.sex = "F".equals(prefix) ? "female" : "male";
            athlete.position = positions.get(i % positions.size());
            athlete.hrMax = random.nextInt(3) == 0 ? null : 185 + random.nextInt(18);
            athlete.hrRest = 44 + random.nextInt(16);
            athlete.user = User.create(name.toLowerCase().replace(' ', '.'), name, Role.ATHLETE, password);
            athlete.persist();
            athletes.add(athlete);
        }
        return athletes;
    }

    /**
     * The sport's default week template, stored, and sessions generated from the plan for the rest of this week and
     * all of next week, so athletes' weeks show sessions, rest and active-recovery days.
     */
    private void weekSessions(Team team) {
        templates.save(team, null, app.deload.planning.microcycle.DefaultTemplates.forSport(team.sport), false);
        LocalDate today = LocalDate.now(team.zone());
        generator.generate(team, new app.deload.microcycle.GenerationRange(today.plusDays(1),
                today.with(java.time.DayOfWeek.MONDAY).plusWeeks(2).minusDays(1)), "demo");
    }
}
