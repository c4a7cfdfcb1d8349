package app.deload.account;

import java.util.List;

/** The three roles. Constants, because {@code @RolesAllowed} needs compile-time strings. */
public final class Role {

    public static final String ADMIN = "admin";
    public static final String COACH = "coach";
    public static final String ATHLETE = "athlete";

    public static final List<String> ALL = List.of(ADMIN, COACH, ATHLETE);
    /** Roles an admin creates directly; athletes get their login through an invitation. */
    public static final List<String> STAFF = List.of(COACH, ADMIN);

    private Role() {
    }
}
