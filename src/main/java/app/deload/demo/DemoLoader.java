package app.deload.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.deload.athlete.Athlete;
import app.deload.performance.PerformanceResult;
import app.deload.performance.PerformanceTest;
import app.deload.team.Team;
import app.deload.training.SessionAttendance;
import app.deload.training.SessionType;
import app.deload.training.TrainingSession;
import app.deload.wellness.WellnessEntry;
import app.deload.wellness.WellnessValues;

/** Writes a team's generated demo history through the same entities the pages use. */
final class DemoLoader {

    static final long ROWING_SEED = 11;
    static final long FOOTBALL_SEED = 22;
    /** Rowers: Sofia Reyes and Mia Okoye decline; Lucy Amari and Chloe Dubois forget entries. */
    static final DemoHistory.Cast ROWING_CAST = new DemoHistory.Cast(12, List.of(1, 7), List.of(3, 9),
            List.of(0, 1, 2, 5, 7));
    /** Footballers: Luca Romano and David Kowalski decline; Noah Fischer and Tom Becker forget entries. */
    static final DemoHistory.Cast FOOTBALL_CAST = new DemoHistory.Cast(13, List.of(1, 7), List.of(3, 10),
            List.of(0, 1, 4, 7, 9));

    private static final Duration RATED_AFTER_END = Duration.ofMinutes(30);

    private DemoLoader() {
    }

    static DemoHistory.History load(Team team, List<Athlete> athletes, boolean rowing, String coach) {
        ZoneId zone = team.zone();
        DemoHistory.History history = DemoHistory.generate(rowing, rowing ? ROWING_CAST : FOOTBALL_CAST,
                LocalDate.now(zone), rowing ? ROWING_SEED : FOOTBALL_SEED);
        for (DemoHistory.Session planned : history.sessions()) {
            TrainingSession session = session(team, planned);
            session.closedAt = session.startsAt.plus(Duration.ofMinutes(planned.plannedMinutes()));
            session.closedBy = coach;
            session.persist();
            for (DemoHistory.Attendance done : planned.attendance()) {
                Athlete athlete = athletes.get(done.athlete());
                SessionAttendance attendance = SessionAttendance.of(session, athlete);
                attendance.attended = done.attended();
                attendance.minutes = done.minutes();
                if (done.attended() && done.rpe() != null) {
                    attendance.rate(done.rpe(), athlete.user.username,
                            session.endsAt(done.minutes(), zone).plus(RATED_AFTER_END), zone);
                }
                attendance.persist();
            }
        }
        for (DemoHistory.Wellness w : history.wellness()) {
            WellnessValues values = new WellnessValues(w.fatigue(), w.sleepQuality(), w.soreness(), w.stress(),
                    w.mood(), w.sleepHours(), w.restingHr(), w.rmssd(), WellnessValues.soreAreasOf(w.soreAreas()),
                    null);
            WellnessEntry entry = new WellnessEntry();
            entry.athlete = athletes.get(w.athlete());
            entry.entryDate = w.date();
            entry.fatigue = values.fatigue();
            entry.sleepQuality = values.sleepQuality();
            entry.soreness = values.soreness();
            entry.stress = values.stress();
            entry.mood = values.mood();
            entry.sleepHours = values.sleepHours();
            entry.restingHr = values.restingHr();
            entry.rmssd = values.rmssd();
            entry.soreAreas = values.soreAreaCodes();
            entry.persist();
        }
        Map<String, PerformanceTest> tests = new HashMap<>();
        for (DemoHistory.TestResult r : history.results()) {
            PerformanceTest test = tests.computeIfAbsent(r.test(), name -> test(team, name));
            PerformanceResult result = new PerformanceResult();
            result.test = test;
            result.athlete = athletes.get(r.athlete());
            result.resultDate = r.date();
            result.measured = r.value();
            result.persist();
        }
        return history;
    }

    /** Today's sessions, open and unrated, with every athlete in them. */
    static void today(Team team, List<Athlete> athletes, boolean rowing) {
        DemoHistory.Cast cast = rowing ? ROWING_CAST : FOOTBALL_CAST;
        for (DemoHistory.Session planned : DemoHistory.today(rowing, cast, LocalDate.now(team.zone()))) {
            TrainingSession session = session(team, planned);
            session.persist();
            for (DemoHistory.Attendance done : planned.attendance()) {
                SessionAttendance.of(session, athletes.get(done.athlete())).persist();
            }
        }
    }

    private static TrainingSession session(Team team, DemoHistory.Session planned) {
        TrainingSession session = new TrainingSession();
        session.team = team;
        session.schedule(planned.date(), planned.start(), team.zone());
        session.type = SessionType.valueOf(planned.kind().name());
        session.plannedMinutes = planned.plannedMinutes();
        session.plannedRpe = planned.plannedRpe();
        return session;
    }

    private static PerformanceTest test(Team team, String name) {
        PerformanceTest test = new PerformanceTest();
        test.team = team;
        test.name = name;
        boolean sprint = name.contains("sprint");
        test.unit = sprint ? "s" : "cm";
        test.higherIsBetter = !sprint;
        test.swcPercent = sprint ? 2.0 : 3.0;
        test.persist();
        return test;
    }
}
