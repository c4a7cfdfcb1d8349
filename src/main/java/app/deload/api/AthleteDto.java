package app.deload.api;

import java.time.LocalDate;

import app.deload.athlete.Athlete;

/** An athlete's profile. Heart rates are in bpm; a missing {@code hrMax} means Tanaka's estimate is used. */
public record AthleteDto(long id, String code, String name, long teamId, String teamName, LocalDate birthDate,
        String sex, String position, Integer hrMax, Integer hrRest, boolean active) {

    static AthleteDto of(Athlete a) {
        return new AthleteDto(a.id, a.code, a.name, a.team.id, a.team.name, a.birthDate, a.sex, a.position, a.hrMax,
                a.hrRest, a.active);
    }
}
