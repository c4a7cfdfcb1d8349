package app.deload.monitoring;

import java.util.Collection;
import java.util.Objects;

/**
 * Share of a team's athletes in alert on a day; at or above the threshold (30 %) the team gets the proposal
 * to bring its deload forward.
 */
public record TeamAlertShare(int athletes, int inAlert, double share, double threshold, boolean reachesThreshold,
                             String reason) {

    public static TeamAlertShare of(Collection<SignalLevel> levels, Thresholds t) {
        Objects.requireNonNull(levels, "levels");
        int alert = 0;
        for (SignalLevel level : levels) {
            if (level == null) {
                throw new IllegalArgumentException("every athlete needs a signal level");
            }
            if (level.isAlert()) {
                alert++;
            }
        }
        int n = levels.size();
        double share = n == 0 ? 0 : (double) alert / n;
        boolean reaches = n > 0 && share >= t.teamAlertShare() - 1e-9;
        String reason = n == 0 ? "no athletes" : alert + " of " + n + " athletes in alert (" + Fmt.d0(share * 100)
                + " %); " + (reaches ? "reaches" : "below") + " the team threshold of "
                + Fmt.trim(t.teamAlertShare() * 100) + " %";
        return new TeamAlertShare(n, alert, share, t.teamAlertShare(), reaches, reason);
    }
}
