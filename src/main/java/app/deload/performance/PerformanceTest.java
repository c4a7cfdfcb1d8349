package app.deload.performance;

import java.util.List;
import java.util.Optional;

import app.deload.audit.AuditedEntity;
import app.deload.team.Team;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A test a team's coaches run repeatedly (countermovement jump, 30 m sprint ...), science.md §9. */
@Entity
public class PerformanceTest extends AuditedEntity {

    public static final double MIN_SWC_PERCENT = 0.1;
    public static final double MAX_SWC_PERCENT = 50;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    public Team team;

    public String name;
    public String unit;
    public boolean higherIsBetter;
    /** Smallest worthwhile change in %; null means the team's default threshold. */
    public Double swcPercent;

    public static List<PerformanceTest> listForTeam(Team team) {
        return list("team = ?1 order by lower(name)", team);
    }

    /** A test with its team, or empty. */
    public static Optional<PerformanceTest> findWithTeam(long id) {
        return find("from PerformanceTest t join fetch t.team where t.id = ?1", id).firstResultOptional();
    }

    public static boolean nameTaken(Team team, String name, Long exceptId) {
        return count("team = ?1 and lower(name) = ?2 and id <> ?3", team, name.strip().toLowerCase(),
                exceptId == null ? -1L : exceptId) > 0;
    }
}
