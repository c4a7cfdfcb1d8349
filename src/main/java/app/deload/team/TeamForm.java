package app.deload.team;

import java.time.ZoneId;

import org.jboss.resteasy.reactive.RestForm;

import app.deload.web.FormErrors;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record TeamForm(
        @RestForm @NotBlank(message = "Enter the team's name.") @Size(max = 120, message = "Use at most 120 characters.") String name,
        @RestForm @NotBlank(message = "Enter the sport.") @Size(max = 80, message = "Use at most 80 characters.") String sport,
        @RestForm @NotBlank(message = "Choose a time zone.") @Size(max = 60, message = "Choose a time zone from the list.") String timeZone) {

    public static TeamForm empty() {
        return new TeamForm("", "", "Europe/London");
    }

    public static TeamForm of(Team team) {
        return new TeamForm(team.name, team.sport, team.timeZone);
    }

    /** Checks that need more than annotations: a real time zone, a unique name. */
    public FormErrors checkRules(FormErrors errors, Long teamId) {
        if (!errors.has("timeZone") && !ZoneId.getAvailableZoneIds().contains(timeZone.trim())) {
            errors.add("timeZone", "Unknown time zone: choose one from the list, e.g. Europe/Berlin.");
        }
        if (!errors.has("name") && Team.nameTaken(name, teamId)) {
            errors.add("name", "Another team already has this name.");
        }
        return errors;
    }

    public void applyTo(Team team) {
        team.name = name.trim();
        team.sport = sport.trim();
        team.timeZone = timeZone.trim();
    }
}
