package app.deload.api;

/** Who the token belongs to; {@code athleteId} is set for athletes with a profile. */
public record CallerDto(String username, String displayName, String role, Long athleteId) {
}
