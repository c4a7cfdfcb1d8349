package app.deload.api;

import app.deload.athlete.Athlete;

/** An athlete on a team's roster; {@code code} is the stable key for integrations. */
public record RosterEntryDto(long id, String code, String name, String position, boolean active) {

    static RosterEntryDto of(Athlete athlete) {
        return new RosterEntryDto(athlete.id, athlete.code, athlete.name, athlete.position, athlete.active);
    }
}
