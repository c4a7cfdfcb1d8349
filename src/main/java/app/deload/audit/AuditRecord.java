package app.deload.audit;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One audited action. Holds ids, usernames and counts only, never health data; nothing references it. */
@Entity
@Table(name = "audit_record")
public class AuditRecord extends PanacheEntity {

    public Instant occurredAt;
    public String actor;
    public String action;
    public String subject;
    public Long teamId;
    public String detail;
    public String requestId;

    /** What the admin's page asks for; null or blank parts match everything. */
    public record Filter(String action, String actor, Instant from, Instant until) {
    }

    /** Newest first, one page; asks for one more row than shown so the page knows whether another follows. */
    public static List<AuditRecord> listMatching(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.action() != null && !filter.action().isBlank()) {
            where.append(" and action = :action");
            params.and("action", filter.action());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" and actor = :actor");
            params.and("actor", filter.actor().strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (filter.from() != null) {
            where.append(" and occurredAt >= :from");
            params.and("from", filter.from());
        }
        if (filter.until() != null) {
            where.append(" and occurredAt < :until");
            params.and("until", filter.until());
        }
        return find(where.toString(), Sort.descending("occurredAt").and("id", Sort.Direction.Descending), params)
                .range(page * size, page * size + size).list();
    }

    public static List<String> listActions() {
        return getEntityManager().createQuery("select distinct a.action from AuditRecord a order by a.action",
                String.class).getResultList();
    }

    public static List<AuditRecord> listForAction(String action) {
        return list("action", Sort.by("occurredAt").and("id"), action);
    }
}
