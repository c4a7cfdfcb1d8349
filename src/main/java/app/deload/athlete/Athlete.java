package app.deload.athlete;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import app.deload.account.User;
import app.deload.audit.AuditedEntity;
import app.deload.team.Team;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;

@Entity
public class Athlete extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    public Team team;

    /** The athlete's login, once they have accepted their invitation. */
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    public User user;

    /** Stable key for imports and integrations; survives renames and team moves. */
    public String code;
    public String name;
    public LocalDate birthDate;
    public String sex;
    @Column(name = "position_event")
    public String position;
    /** Measured maximum heart rate; when absent, Tanaka's estimate is used. */
    public Integer hrMax;
    public Integer hrRest;
    public boolean active = true;

    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    /** An athlete with its team, or empty. */
    public static Optional<Athlete> findWithTeam(long id) {
        return find("from Athlete a join fetch a.team left join fetch a.user where a.id = ?1", id).firstResultOptional();
    }

    public static Optional<Athlete> findByUser(User user) {
        return find("user.id", user.id).firstResultOptional();
    }

    public static List<Athlete> listForTeam(Team team) {
        return list("from Athlete a left join fetch a.user where a.team = ?1 order by a.active desc, a.name", team);
    }

    public static List<Athlete> listActiveForTeam(Team team) {
        return list("team = ?1 and active = true order by name", team);
    }

    public static List<Athlete> listAllWithTeam() {
        return find("select a from Athlete a join fetch a.team t order by t.name, a.name").list();
    }

    /** Inactive athletes whose last change (their deactivation, or a later edit) is older than the cutoff. */
    public static List<Long> listIdsDeactivatedBefore(java.time.Instant cutoff) {
        return getEntityManager().createQuery("select a.id from Athlete a where a.active = false and a.updatedAt < ?1 "
                + "order by a.id", Long.class).setParameter(1, cutoff).getResultList();
    }

    public static boolean codeTaken(String code, Long exceptId) {
        return count("lower(code) = ?1 and id <> ?2", code.trim().toLowerCase(), exceptId == null ? -1L : exceptId) > 0;
    }
}
