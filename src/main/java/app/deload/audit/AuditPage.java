package app.deload.audit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import app.deload.web.FormErrors;

/**
 * The audit log page: its filter as typed, the rows of one page formatted in the chosen zone, and the links to
 * the neighbouring pages.
 */
public record AuditPage(Filter filter, FormErrors errors, String zone, List<String> zones, List<String> actions,
        List<Row> rows, String newerHref, String olderHref) {

    public static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The filter as typed; {@link #parse} checks it. */
    public record Filter(String action, String user, String from, String to, String zone, int page) {

        String query(int otherPage) {
            return "?action=" + encode(action) + "&user=" + encode(user) + "&from=" + encode(from) + "&to="
                    + encode(to) + "&zone=" + encode(zone) + "&page=" + otherPage;
        }

        private static String encode(String value) {
            return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    public record Row(String time, String actor, String action, String subject, String detail, String requestId) {
    }

    /** The query's bounds in the chosen zone: from the start of "from" to the end of "to". */
    record Parsed(AuditRecord.Filter query, ZoneId zone) {
    }

    static Parsed parse(Filter form, ZoneId fallback, FormErrors errors) {
        ZoneId zone = fallback;
        if (form.zone() != null && !form.zone().isBlank()) {
            try {
                zone = ZoneId.of(form.zone().strip());
            } catch (DateTimeException e) {
                errors.add("zone", "Choose a time zone from the list.");
            }
        }
        LocalDate from = date(form.from(), "from", errors);
        LocalDate to = date(form.to(), "to", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("to", "The last day comes before the first.");
        }
        return new Parsed(new AuditRecord.Filter(form.action(), form.user(),
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant()), zone);
    }

    private static LocalDate date(String raw, String field, FormErrors errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "Enter a date as YYYY-MM-DD.");
            return null;
        }
    }

    static AuditPage of(Filter filter, FormErrors errors, ZoneId zone, List<String> zones, List<String> actions,
            List<AuditRecord> records) {
        boolean more = records.size() > PAGE_SIZE;
        List<Row> rows = records.stream().limit(PAGE_SIZE).map(r -> new Row(
                TIME.format(r.occurredAt.atZone(zone)), r.actor, r.action, r.subject, r.detail == null ? "" : r.detail,
                r.requestId == null ? "" : r.requestId)).toList();
        String newer = filter.page() > 0 ? "/admin/audit" + filter.query(filter.page() - 1) : null;
        String older = more ? "/admin/audit" + filter.query(filter.page() + 1) : null;
        return new AuditPage(filter, errors, zone.getId(), zones, actions, rows, newer, older);
    }
}
