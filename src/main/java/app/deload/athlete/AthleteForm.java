package app.deload.athlete;

import java.time.LocalDate;

import org.jboss.resteasy.reactive.RestForm;

import app.deload.team.Team;
import app.deload.web.FormErrors;
import app.deload.web.FormValues;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The athlete profile form; numbers and dates arrive as text so a typo is answered beside its field. */
public record AthleteForm(
        @RestForm @NotBlank(message = "Enter the athlete's name.") @Size(max = 120, message = "Use at most 120 characters.") String name,
        @RestForm @NotBlank(message = "Enter a code, e.g. their club number.") @Size(max = 40, message = "Use at most 40 characters.")
        @Pattern(regexp = "[A-Za-z0-9._-]*", message = "Use letters, digits, dot, dash or underscore.") String code,
        @RestForm String birthDate,
        @RestForm @Pattern(regexp = "|female|male|other", message = "Choose from the list.") String sex,
        @RestForm @Size(max = 80, message = "Use at most 80 characters.") String position,
        @RestForm String hrMax,
        @RestForm String hrRest,
        @RestForm String teamId,
        @RestForm String active) {

    /** Absent fields arrive as null; the form works with empty text, as the browser sends it. */
    public AthleteForm {
        name = orEmpty(name);
        code = orEmpty(code);
        birthDate = orEmpty(birthDate);
        sex = orEmpty(sex);
        position = orEmpty(position);
        hrMax = orEmpty(hrMax);
        hrRest = orEmpty(hrRest);
        teamId = orEmpty(teamId);
        active = orEmpty(active);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    public static AthleteForm empty(long teamId) {
        return new AthleteForm("", "", "", "", "", "", "", String.valueOf(teamId), "on");
    }

    public static AthleteForm of(Athlete athlete) {
        return new AthleteForm(athlete.name, athlete.code, athlete.birthDate.toString(),
                athlete.sex == null ? "" : athlete.sex, athlete.position == null ? "" : athlete.position,
                athlete.hrMax == null ? "" : athlete.hrMax.toString(),
                athlete.hrRest == null ? "" : athlete.hrRest.toString(), athlete.team.id.toString(),
                athlete.active ? "on" : "");
    }

    public boolean isActive() {
        return "on".equals(active) || "true".equals(active);
    }

    /** Parses and checks what annotations cannot; returns the values to store, valid only without errors. */
    public Parsed parse(FormErrors errors, Long athleteId, LocalDate today) {
        LocalDate birth = FormValues.date(birthDate, "birthDate", errors);
        if (birth != null && (birth.isAfter(today.minusYears(5)) || birth.isBefore(today.minusYears(100)))) {
            errors.add("birthDate", "Enter a birth date between 5 and 100 years ago.");
        }
        Integer max = FormValues.optionalInt(hrMax, "hrMax", 100, 240, "bpm", errors);
        Integer rest = FormValues.optionalInt(hrRest, "hrRest", 25, 150, "bpm", errors);
        if (max != null && rest != null && rest >= max) {
            errors.add("hrRest", "Resting heart rate must be below the maximum.");
        }
        if (!errors.has("code") && !FormValues.blank(code) && Athlete.codeTaken(code, athleteId)) {
            errors.add("code", "Another athlete already has this code.");
        }
        Long team = null;
        try {
            team = Long.valueOf(teamId);
        } catch (NumberFormatException e) {
            errors.add("teamId", "Choose a team.");
        }
        return new Parsed(birth, max, rest, team);
    }

    public void applyTo(Athlete athlete, Parsed parsed, Team team) {
        athlete.name = name.trim();
        athlete.code = code.trim();
        athlete.birthDate = parsed.birthDate();
        athlete.sex = FormValues.trimmedOrNull(sex);
        athlete.position = FormValues.trimmedOrNull(position);
        athlete.hrMax = parsed.hrMax();
        athlete.hrRest = parsed.hrRest();
        athlete.team = team;
        athlete.active = isActive();
    }

    public record Parsed(LocalDate birthDate, Integer hrMax, Integer hrRest, Long teamId) {
    }
}
