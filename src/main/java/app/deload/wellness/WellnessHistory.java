package app.deload.wellness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An athlete's last 28 days of answers, newest first, with the days they did not answer shown as such. */
public record WellnessHistory(long athleteId, String athleteName, long teamId, String teamName, boolean self,
        int answered, List<Day> days, List<Legend> legend) {

    public static final int DAYS = 28;

    /** One date of the team's calendar; {@code answers} is null when the athlete did not answer. */
    public record Day(String label, Answers answers) {
    }

    public record Answers(int fatigue, int sleepQuality, int soreness, int stress, int mood, int total,
            String sleepHours, String restingHr, String rmssd, String soreAreas, String comment, String changedBy) {
    }

    /** The words behind the numbers of one item, level 5 first. */
    public record Legend(String label, String levels) {
    }

    public static LocalDate firstDay(LocalDate today) {
        return today.minusDays(DAYS - 1);
    }

    /**
     * @param self     the athlete is looking at their own answers
     * @param username the athlete's login, to tell their own changes from anyone else's
     */
    public static WellnessHistory of(long athleteId, String athleteName, long teamId, String teamName, boolean self,
            String username, LocalDate today, List<WellnessEntry> entries) {
        Map<LocalDate, WellnessEntry> byDate = entries.stream()
                .collect(Collectors.toMap(e -> e.entryDate, Function.identity()));
        List<Day> days = new ArrayList<>(DAYS);
        for (LocalDate day = today; !day.isBefore(firstDay(today)); day = day.minusDays(1)) {
            WellnessEntry e = byDate.get(day);
            days.add(new Day(QuestionnairePage.DAY.format(day), e == null ? null : answers(e, username)));
        }
        List<Legend> legend = new ArrayList<>();
        for (WellnessItem item : WellnessItem.values()) {
            List<String> levels = new ArrayList<>();
            for (int level = WellnessItem.MAX; level >= WellnessItem.MIN; level--) {
                levels.add(level + " " + item.words(level));
            }
            legend.add(new Legend(item.label(), String.join(" · ", levels)));
        }
        return new WellnessHistory(athleteId, athleteName, teamId, teamName, self, byDate.size(), days, legend);
    }

    private static Answers answers(WellnessEntry e, String username) {
        WellnessValues v = e.values();
        String areas = v.soreAreas().stream().map(SoreArea::label).collect(Collectors.joining(", "));
        return new Answers(v.fatigue(), v.sleepQuality(), v.soreness(), v.stress(), v.mood(), v.total(),
                Numbers.plain(v.sleepHours()), v.restingHr() == null ? "" : v.restingHr().toString(),
                v.rmssd() == null ? "" : Numbers.plain(v.rmssd()), areas, v.comment() == null ? "" : v.comment(),
                e.updatedBy.equals(username) ? null : e.updatedBy);
    }
}
