package app.deload.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A proposal as pages and the API show it: who it is for, the signals behind it as stored, and its outcome. */
public record ProposalView(long id, Long athleteId, String subject, LocalDate raisedOn, String level,
        String levelClass, String share, String summary, List<Proposal.Reason> reasons, String status,
        String statusCode, boolean pending, String note, String decidedBy, Instant decidedAt, LocalDate deloadStart,
        String acceptAction, String dismissAction) {

    static ProposalView of(Proposal p) {
        String base = "/teams/" + p.team.id + "/proposals/" + p.id;
        String statusCode = p.status.name().toLowerCase(Locale.ROOT);
        return new ProposalView(p.id, p.athlete == null ? null : p.athlete.id,
                p.athlete == null ? "Whole team" : p.athlete.name, p.raisedOn, p.signalLevel.label(),
                p.signalLevel.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                p.alertShare == null ? null
                        : p.inAlert + " of " + p.athletes + " athletes in alert ("
                                + Math.round(p.alertShare * 100) + " %)",
                p.summary, p.reasonList(), statusCode, statusCode, p.status == Proposal.Status.PENDING, p.note,
                p.decidedBy, p.decidedAt, p.deloadStart, base + "/accept", base + "/dismiss");
    }

    /** What is proposed, in one line. */
    public String proposal() {
        return athleteId == null ? "Bring the team's next deload forward to start tomorrow"
                : "Bring " + subject + "'s next deload forward to start tomorrow";
    }
}
