package app.deload.team;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import app.deload.account.User;
import app.deload.audit.AuditedEntity;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;

@Entity
public class Team extends AuditedEntity {

    public String name;
    public String sport;
    /** Every value of the team belongs to a date in this zone (science.md §1). */
    public String timeZone;
    public boolean active = true;

    @ManyToMany
    @JoinTable(name = "team_coach", joinColumns = @JoinColumn(name = "team_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    public Set<User> coaches = new HashSet<>();

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public static List<Team> listAllByName() {
        return listAll(Sort.by("name"));
    }

    public static List<Team> listActive() {
        return list("active", Sort.by("name"), true);
    }

    public static List<Team> listCoachedBy(User coach) {
        return list("select t from Team t join t.coaches c where c.id = ?1 order by t.name", coach.id);
    }

    public static boolean isCoachedBy(long teamId, User coach) {
        return count("select count(t) from Team t join t.coaches c where t.id = ?1 and c.id = ?2", teamId, coach.id) > 0;
    }

    public static boolean nameTaken(String name, Long exceptId) {
        return count("lower(name) = ?1 and id <> ?2", name.trim().toLowerCase(), exceptId == null ? -1L : exceptId) > 0;
    }

    /** Teams with their coaches in one query, for lists. */
    public static List<Team> listWithCoaches(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return list("select distinct t from Team t left join fetch t.coaches where t.id in ?1 order by t.name", ids);
    }
}
