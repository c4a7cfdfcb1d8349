package app.deload.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import app.deload.athlete.Athlete;
import app.deload.audit.AuditedEntity;
import app.deload.monitoring.SignalLevel;
import app.deload.team.Team;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;

/**
 * A proposal to bring the next deload forward to start the day after it is accepted, raised for an athlete in
 * alert or for a team with at least the threshold share of its athletes in alert. It keeps the signals behind it
 * as they were shown, because later data or thresholds may compute the day differently.
 */
@Entity
public class Proposal extends AuditedEntity {

    public enum Status {
        PENDING, ACCEPTED, DISMISSED
    }

    /** One signal behind a proposal, as shown when it was raised. */
    public record Reason(String domain, String sentence, String numbers) {
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    public Team team;

    /** Null for a team proposal. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "athlete_id")
    public Athlete athlete;

    /** The athlete's id, or 0 for the team: the unique key (team, subject, day). */
    public long subjectKey;
    public LocalDate raisedOn;
    /** The athlete's level rank, or the team's number in alert: a same-day proposal is raised again only when worse. */
    public int grade;
    @Enumerated(EnumType.STRING)
    public SignalLevel signalLevel;
    public Double alertShare;
    public Integer inAlert;
    public Integer athletes;
    public String summary;
    /** One reason per line: domain, sentence and numbers separated by '|'. */
    public String reasons;
    @Enumerated(EnumType.STRING)
    public Status status = Status.PENDING;
    public String note;
    public String decidedBy;
    public Instant decidedAt;
    public LocalDate deloadStart;

    static Proposal forAthlete(Athlete athlete, LocalDate day, SignalLevel level, String summary,
            List<Reason> reasons) {
        Proposal p = new Proposal();
        p.team = athlete.team;
        p.athlete = athlete;
        p.subjectKey = athlete.id;
        p.raisedOn = day;
        p.grade = level.ordinal();
        p.signalLevel = level;
        p.summary = clip(summary, 1000);
        p.reasons = encode(reasons);
        return p;
    }

    static Proposal forTeam(Team team, LocalDate day, int inAlert, int athletes, double share, SignalLevel level,
            String summary, List<Reason> reasons) {
        Proposal p = new Proposal();
        p.team = team;
        p.subjectKey = 0;
        p.raisedOn = day;
        p.grade = inAlert;
        p.signalLevel = level;
        p.alertShare = share;
        p.inAlert = inAlert;
        p.athletes = athletes;
        p.summary = clip(summary, 1000);
        p.reasons = encode(reasons);
        return p;
    }

    public boolean isTeam() {
        return subjectKey == 0;
    }

    public List<Reason> reasonList() {
        if (reasons == null || reasons.isEmpty()) {
            return List.of();
        }
        List<Reason> list = new ArrayList<>();
        for (String line : reasons.split("\n")) {
            String[] parts = Arrays.copyOf(line.split("\\|", 3), 3);
            list.add(new Reason(parts[0], parts[1] == null ? "" : parts[1], parts[2] == null ? "" : parts[2]));
        }
        return list;
    }

    void decide(Status outcome, String note, String by, Instant at) {
        this.status = outcome;
        this.note = note;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    private static String encode(List<Reason> reasons) {
        StringBuilder text = new StringBuilder();
        for (Reason r : reasons) {
            String line = flat(r.domain()) + "|" + flat(r.sentence()) + "|" + flat(r.numbers());
            if (text.length() + line.length() + 1 > 8000) {
                break;
            }
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(line);
        }
        return text.toString();
    }

    private static String flat(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('|', '/');
    }

    private static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    // ----- Finders -----

    /** The team's proposals (athletes' and the team's), pending first, then newest first; with their athletes. */
    public static List<Proposal> listForTeam(Team team) {
        return list("from Proposal p left join fetch p.athlete where p.team = ?1 "
                + "order by case when p.status = ?2 then 0 else 1 end, p.raisedOn desc, p.id desc", team,
                Status.PENDING);
    }

    /** Every proposal of the team, for de-duplicating a day's evaluation in one query. */
    static List<Proposal> listDecidedOrPendingForTeam(Team team) {
        return list("team = ?1 order by raisedOn, id", team);
    }

    /** A proposal with its team and athlete, or empty. */
    public static Optional<Proposal> findWithTeam(long id) {
        return find("from Proposal p join fetch p.team left join fetch p.athlete where p.id = ?1", id)
                .firstResultOptional();
    }

    /** The proposal row locked for a decision, so two coaches deciding at once go one after the other. */
    static Proposal lock(long id) {
        Proposal proposal = findById(id);
        if (proposal == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        getEntityManager().refresh(proposal, LockModeType.PESSIMISTIC_WRITE);
        return proposal;
    }

    public static long countPendingForTeam(Team team) {
        return count("team = ?1 and status = ?2", team, Status.PENDING);
    }
}
