package app.deload.team;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A team as listed: its coaches' names and its number of active athletes. */
public record TeamRow(long id, String name, String sport, String timeZone, boolean active, String coachNames,
        long athleteCount) {

    public static List<TeamRow> of(List<Team> teams) {
        Map<Long, Long> counts = activeAthleteCounts(teams);
        return Team.listWithCoaches(teams.stream().map(t -> t.id).toList()).stream()
                .map(t -> new TeamRow(t.id, t.name, t.sport, t.timeZone, t.active,
                        t.coaches.stream().map(c -> c.displayName).sorted().collect(Collectors.joining(", ")),
                        counts.getOrDefault(t.id, 0L)))
                .toList();
    }

    private static Map<Long, Long> activeAthleteCounts(List<Team> teams) {
        if (teams.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = Team.getEntityManager()
                .createQuery("select a.team.id, count(a) from Athlete a where a.active = true and a.team in ?1 "
                        + "group by a.team.id", Object[].class)
                .setParameter(1, teams).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }
}
