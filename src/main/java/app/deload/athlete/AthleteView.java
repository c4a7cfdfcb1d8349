package app.deload.athlete;

import java.time.LocalDate;

/** An athlete's profile as shown on their page. */
public record AthleteView(long id, String name, String code, long teamId, String teamName, LocalDate birthDate,
        int age, String sex, String position, Integer hrMax, Integer hrRest, boolean active, String username) {

    /** Tanaka et al. 2001: 208 − 0.7 × age, used when no measured HRmax is recorded. */
    public long estimatedHrMax() {
        return Math.round(208 - 0.7 * age);
    }

    public static AthleteView of(Athlete a, LocalDate today) {
        return new AthleteView(a.id, a.name, a.code, a.team.id, a.team.name, a.birthDate, a.ageOn(today), a.sex,
                a.position, a.hrMax, a.hrRest, a.active, a.user == null ? null : a.user.username);
    }

    /** Where the profile's "Create invitation link" form posts (Qute cannot build it from parts). */
    public String invitationAction() {
        return "/athletes/" + id + "/invitation";
    }
}
