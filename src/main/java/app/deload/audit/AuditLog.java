package app.deload.audit;

import java.time.Instant;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes the audit log. {@link #record} joins the caller's transaction, so the record commits or rolls back with
 * the change it describes; {@link #recordAlone} commits on its own (a refused sign-in changes nothing else).
 * Other features call it for their own actions, e.g. {@code auditLog.record(AuditLog.PLAN_CHANGED, "plan 12",
 * team.id, "deload brought forward to 2026-12-03")}. Never pass health data: ids, usernames, counts and field
 * names only.
 */
@ApplicationScoped
public class AuditLog {

    public static final String SIGN_IN = "sign-in";
    public static final String SIGN_IN_FAILED = "sign-in failed";
    public static final String ADMIN = "admin";
    public static final String EXPORT = "export";
    public static final String ERASURE = "erasure";
    public static final String THRESHOLDS_CHANGED = "thresholds changed";
    public static final String PLAN_CHANGED = "plan changed";
    public static final String IMPORT = "import";
    public static final String BACKUP = "backup";
    public static final String CONSENT = "consent";

    private static final Logger LOG = Logger.getLogger(AuditLog.class);

    /** In the caller's transaction, by the signed-in user (or "system"). */
    public void record(String action, String subject, Long teamId, String detail) {
        write(CurrentActor.username(), action, subject, teamId, detail);
    }

    /** In the caller's transaction, naming the actor explicitly (sign-ins, scheduled jobs). */
    public void recordAs(String actor, String action, String subject, Long teamId, String detail) {
        write(actor, action, subject, teamId, detail);
    }

    /** In a transaction of its own. */
    public void recordAlone(String actor, String action, String subject, Long teamId, String detail) {
        QuarkusTransaction.requiringNew().run(() -> write(actor, action, subject, teamId, detail));
    }

    private static void write(String actor, String action, String subject, Long teamId, String detail) {
        AuditRecord record = new AuditRecord();
        record.occurredAt = Instant.now();
        record.actor = clip(actor, 60);
        record.action = clip(action, 40);
        record.subject = clip(subject, 200);
        record.teamId = teamId;
        record.detail = detail == null ? null : clip(detail, 500);
        Object requestId = MDC.get("requestId");
        record.requestId = requestId == null ? null : clip(requestId.toString(), 64);
        record.persist();
        LOG.infof("audit: %s by %s: %s", record.action, record.actor, record.subject);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
