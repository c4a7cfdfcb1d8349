package app.deload.decision;

import java.util.List;

/** One athlete's session on the today page: the recommendation with its reasons, and the coach's decision. */
public record TodayRow(long athleteId, String athleteName, long attendanceId, String session, String decisionCode,
        String decisionLabel, List<String> reasons, String band, String bandNote, boolean actionable,
        boolean restAllowed, Long decisionId, String decisionMessage, String decidedBy) {

    static TodayRow of(TodayDecisions.Entry e) {
        SessionRow s = e.session();
        String session = s.type().label() + (s.startTime() == null ? "" : " at " + s.startTime()) + " · "
                + s.plannedMinutes() + " min" + (s.plannedRpe() == null ? "" : " · planned RPE " + s.plannedRpe())
                + (s.individual() ? " · individual" : "") + (s.attended() || e.decided() != null ? "" : " · absent");
        SessionDecision d = e.decided();
        return new TodayRow(s.athleteId(), s.athleteName(), s.attendanceId(), session,
                e.recommendation().decision().code(), e.recommendation().decision().label(),
                e.recommendation().reasons(), e.band(), e.bandNote(), e.actionable(), e.restAllowed(),
                d == null ? null : d.id, d == null ? null : d.message, d == null ? null : d.decidedBy);
    }

    public String undoAction(long teamId) {
        return "/teams/" + teamId + "/today/decisions/" + decisionId + "/undo";
    }
}
