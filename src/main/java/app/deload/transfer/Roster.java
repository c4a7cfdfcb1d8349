package app.deload.transfer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import app.deload.athlete.Athlete;

/**
 * The team's athletes by code, active or not (an athlete who left keeps their history). Codes are unique
 * regardless of case, so a file's code matches in any case and is stored as the roster spells it.
 */
final class Roster {

    record Member(long athleteId, String code) {
    }

    private final Map<String, Member> byCode;

    private Roster(Map<String, Member> byCode) {
        this.byCode = byCode;
    }

    static Roster of(List<Athlete> athletes) {
        Map<String, Member> byCode = new HashMap<>();
        athletes.forEach(a -> byCode.put(normalized(a.code), new Member(a.id, a.code)));
        return new Roster(byCode);
    }

    Optional<Member> find(String code) {
        return Optional.ofNullable(byCode.get(normalized(code)));
    }

    private static String normalized(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }
}
