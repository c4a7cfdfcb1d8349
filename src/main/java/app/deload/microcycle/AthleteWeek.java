package app.deload.microcycle;

import app.deload.planning.microcycle.DayLabel;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * An athlete's Monday-to-Sunday week as they see it on the phone: each day labelled in words (training, rest,
 * active recovery), its sessions, the week's kind and its reason, the heart-rate band for active recovery and what
 * the coach decided for today.
 *
 * @param kind       "deload week", "loading week", ... or "no plan"
 * @param reason     the week in plain words, e.g. "deload week: same intensity, less volume"; null without a plan
 * @param band       the active-recovery band, e.g. "98–118 bpm"; null when there is no estimate
 * @param bandMethod how the band was worked out, or why there is none
 * @param coachToday the coach's decisions for today's sessions, in the words the athlete sees
 */
public record AthleteWeek(long athleteId, String athleteName, String teamName, String timeZone, boolean self,
        LocalDate monday, String title, String kind, String kindCode, String reason, Double plannedLoad,
        String band, Integer lowBpm, Integer highBpm, String bandMethod, List<String> coachToday,
        String previousHref, String nextHref, String thisWeekHref, boolean thisWeek, List<Day> days) {

    /**
     * @param reason   why the day is what it is, e.g. "rest day" or the active-recovery advice
     * @param recovery what an active-recovery day without a session holds (minutes and RPE), else null
     */
    public record Day(LocalDate date, String heading, boolean today, DayLabel label, String reason,
            List<Item> sessions, String recovery) {

        public boolean activeRecovery() {
            return label == DayLabel.ACTIVE_RECOVERY;
        }

        public String labelText() {
            return label.text();
        }

        public String labelCode() {
            return label.code().replace('_', '-');
        }
    }

    /** One of the athlete's sessions: start in the team's zone, planned minutes and RPE. */
    public record Item(long sessionId, String typeKey, String type, LocalTime start, int minutes, Integer rpe, boolean individual,
            boolean attending, String note) {

        public String time() {
            return start == null ? "any time" : start.toString();
        }

        public String rpeText() {
            return rpe == null ? "RPE not set" : "RPE " + rpe;
        }
    }

    public String plannedLoadText() {
        return plannedLoad == null ? null : Math.round(plannedLoad) + " AU";
    }
}
