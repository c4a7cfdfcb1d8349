package app.deload.team;

import java.time.ZoneId;
import java.util.List;

/** The time zones offered in forms: region-based IANA ids, sorted. */
public final class TimeZones {

    private static final List<String> IDS = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted().toList();

    private TimeZones() {
    }

    public static List<String> all() {
        return IDS;
    }
}
