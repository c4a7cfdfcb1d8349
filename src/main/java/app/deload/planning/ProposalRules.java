package app.deload.planning;

import app.deload.monitoring.SignalLevel;
import java.util.Objects;
import java.util.Optional;

/**
 * When to propose bringing the next deload forward to start tomorrow (science section 11): an athlete in alert, or a
 * team with at least the threshold share (30 %) of its athletes in alert. Not again while a proposal is pending, not
 * while a deload or taper runs or starts within 7 days, and after a dismissal only when it got worse (a higher signal
 * level, or a larger share of the team in alert).
 */
public final class ProposalRules {
    public static final double DEFAULT_TEAM_SHARE = 0.30;

    private ProposalRules() {
    }

    public static ProposalCheck forAthlete(SignalLevel today, Optional<SignalLevel> pendingLevel,
                                           Optional<SignalLevel> dismissedLevel, boolean deloadWithin7Days) {
        Objects.requireNonNull(today, "today");
        if (!today.isAlert()) {
            return new ProposalCheck(false, "not in alert today (" + today.label() + ")");
        }
        if (pendingLevel.isPresent()) {
            return new ProposalCheck(false, "a proposal is already waiting for the coach");
        }
        if (deloadWithin7Days) {
            return new ProposalCheck(false, "a deload or taper is running or starts within 7 days");
        }
        if (dismissedLevel.isPresent() && today.ordinal() <= dismissedLevel.get().ordinal()) {
            return new ProposalCheck(false, "a proposal at " + dismissedLevel.get().label() + " was dismissed; it is "
                    + "raised again only if the level gets worse");
        }
        return new ProposalCheck(true, "in alert: " + today.label() + " — bring the next deload forward to start "
                + "tomorrow" + (dismissedLevel.isPresent() ? " (worse than when the last proposal was dismissed)" : ""));
    }

    public static ProposalCheck forTeam(int athletesInAlert, int athletes, double thresholdShare,
                                        Optional<Double> pendingShare, Optional<Double> dismissedShare,
                                        boolean deloadWithin7Days) {
        if (athletes < 0 || athletesInAlert < 0 || athletesInAlert > athletes) {
            throw new IllegalArgumentException("athletes in alert must be 0.." + athletes + " but was "
                    + athletesInAlert);
        }
        if (!(thresholdShare > 0 && thresholdShare <= 1)) {
            throw new IllegalArgumentException("the team share threshold must be above 0 and at most 1");
        }
        if (athletes == 0) {
            return new ProposalCheck(false, "no athletes");
        }
        double share = (double) athletesInAlert / athletes;
        String counted = athletesInAlert + " of " + athletes + " athletes in alert (" + Words.percent(share) + " %)";
        if (share < thresholdShare) {
            return new ProposalCheck(false, counted + ", below the team threshold of " + Words.percent(thresholdShare)
                    + " %");
        }
        if (pendingShare.isPresent()) {
            return new ProposalCheck(false, counted + "; a team proposal is already waiting for the coach");
        }
        if (deloadWithin7Days) {
            return new ProposalCheck(false, counted + "; a deload or taper is running or starts within 7 days");
        }
        if (dismissedShare.isPresent() && share <= dismissedShare.get()) {
            return new ProposalCheck(false, counted + "; a proposal at " + Words.percent(dismissedShare.get())
                    + " % was dismissed; it is raised again only if more of the team is in alert");
        }
        return new ProposalCheck(true, counted + ", at or above the team threshold of " + Words.percent(thresholdShare)
                + " % — bring the team's next deload forward to start tomorrow");
    }

    public static ProposalCheck forTeam(int athletesInAlert, int athletes, Optional<Double> pendingShare,
                                        Optional<Double> dismissedShare, boolean deloadWithin7Days) {
        return forTeam(athletesInAlert, athletes, DEFAULT_TEAM_SHARE, pendingShare, dismissedShare, deloadWithin7Days);
    }
}
