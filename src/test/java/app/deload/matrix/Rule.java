package app.deload.matrix;

/** Who may use a route. */
public enum Rule {
    /** Anyone, signed in or not. */
    PUBLIC,
    /** Any signed-in user. */
    SIGNED_IN,
    /** Coaches and admins, each seeing only their own teams inside. */
    STAFF,
    /** Admins only. */
    ADMIN,
    /** Admins and the coaches of the team the route belongs to; another team's coach gets 404. */
    TEAM_STAFF,
    /** Athletes, on their own data only. */
    ATHLETE,
    /** The athlete themself, their team's coaches and admins; another team's coach gets 404. */
    TEAM_STAFF_OR_SELF,
    /** A signed-in user's own row (the matrix uses the athlete's); anyone else's answers 404, even an admin's. */
    OWNER
}
