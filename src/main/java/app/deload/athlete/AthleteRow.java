package app.deload.athlete;

import java.time.LocalDate;
import java.util.List;

/** An athlete as listed on a roster. */
public record AthleteRow(long id, String code, String name, String position, int age, boolean hasLogin,
        boolean active) {

    public static List<AthleteRow> of(List<Athlete> athletes, LocalDate today) {
        return athletes.stream()
                .map(a -> new AthleteRow(a.id, a.code, a.name, a.position, a.ageOn(today), a.user != null, a.active))
                .toList();
    }
}
