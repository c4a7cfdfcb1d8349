package app.deload.planning;

import app.deload.monitoring.Domain;
import app.deload.monitoring.SignalLevel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Proceed, modify, rest or not enough data for one athlete's planned session, the first rule that applies (science
 * section 12): 1 alert → rest or active recovery; 2 hard session (planned RPE ≥ 5 or a match) and watch through HRV,
 * wellness or soreness → modify to active recovery; 3 no questionnaire today and no 7-day HRV mean → not enough data;
 * 4 otherwise proceed, naming any watch. A recommendation only: the coach decides.
 */
public record TodayDecision(Decision decision, List<String> reasons) {
    public static final int HARD_RPE = 5;
    /** Section 11's active-recovery prescription; the caller adds the athlete's bpm band. */
    public static final String ACTIVE_RECOVERY = "20–40 min of walking, easy cycling, swimming, yoga or mobility at "
            + "30–50 % intensity, RPE 1–3";
    private static final Set<Domain> MODIFYING = EnumSet.of(Domain.HRV, Domain.WELLNESS, Domain.SORENESS);

    public TodayDecision {
        reasons = List.copyOf(reasons);
    }

    public static TodayDecision decide(DecisionInput in) {
        if (in.level().isAlert()) {
            return new TodayDecision(Decision.REST, List.of("in alert today: " + in.level().label(),
                    "take complete rest or active recovery: " + ACTIVE_RECOVERY));
        }
        Set<Domain> modifying = EnumSet.noneOf(Domain.class);
        for (Domain d : in.watchDomains()) {
            if (MODIFYING.contains(d)) {
                modifying.add(d);
            }
        }
        if (in.hard() && !modifying.isEmpty()) {
            return new TodayDecision(Decision.MODIFY, List.of(hardness(in), "watch through " + names(modifying),
                    "active recovery instead: " + ACTIVE_RECOVERY));
        }
        if (!in.questionnaireToday() && !in.hrvMeanAvailable()) {
            return new TodayDecision(Decision.INSUFFICIENT, List.of("no wellness questionnaire today and no 7-day HRV "
                    + "mean: not enough data to recommend anything"));
        }
        List<String> reasons = new ArrayList<>();
        reasons.add("no alert" + (in.hard() ? "" : " and not a hard session") + ": proceed as planned");
        if (!in.watchDomains().isEmpty() && in.level() != SignalLevel.NONE) {
            reasons.add("watch through " + names(in.watchDomains()));
        }
        return new TodayDecision(Decision.PROCEED, reasons);
    }

    private static String hardness(DecisionInput in) {
        if (in.match()) {
            return "hard session: a match";
        }
        return "hard session: planned RPE " + in.plannedRpe() + " (" + HARD_RPE + " or more)";
    }

    private static String names(Set<Domain> domains) {
        StringBuilder s = new StringBuilder();
        for (Domain d : EnumSet.copyOf(domains)) {
            s.append(s.isEmpty() ? "" : ", ").append(d.label());
        }
        return s.toString();
    }
}
