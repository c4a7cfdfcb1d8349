package app.deload.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A proposal in the API: codes in lower case, the signals behind it as they were shown when raised. */
public record ProposalDto(long id, long teamId, Long athleteId, String athleteName, LocalDate raisedOn,
        String level, Double alertShare, String proposal, String summary, List<Proposal.Reason> reasons,
        String status, String note, String decidedBy, Instant decidedAt, LocalDate deloadStart) {

    static ProposalDto of(Proposal p) {
        ProposalView v = ProposalView.of(p);
        return new ProposalDto(p.id, p.team.id, v.athleteId(), p.athlete == null ? null : p.athlete.name,
                p.raisedOn, p.signalLevel.name().toLowerCase(java.util.Locale.ROOT), p.alertShare, v.proposal(),
                p.summary, p.reasonList(), v.statusCode(), p.note, p.decidedBy, p.decidedAt, p.deloadStart);
    }
}
