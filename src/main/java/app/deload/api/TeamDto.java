package app.deload.api;

import app.deload.team.Team;

/** A team the caller manages; every date of its data belongs to {@code timeZone}. */
public record TeamDto(long id, String name, String sport, String timeZone, boolean active) {

    static TeamDto of(Team team) {
        return new TeamDto(team.id, team.name, team.sport, team.timeZone, team.active);
    }
}
