package app.deload.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.web.ErrorPages.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/athletes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Athletes")
public class AthleteApi {

    @Inject
    Access access;

    @GET
    @Path("{id}")
    @RolesAllowed({ Role.ADMIN, Role.COACH, Role.ATHLETE })
    @Operation(summary = "An athlete's profile", description = "For an admin, the athlete's coaches and the "
            + "athlete themself; anyone else gets 404.")
    public AthleteDto athlete(long id) {
        return AthleteDto.of(access.athlete(id));
    }

    @PUT
    @Path("{id}/heart-rate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN, Role.COACH })
    @Transactional
    @Operation(summary = "Set measured heart rates", description = "Replaces maximum and resting heart rate "
            + "(bpm) of the profile, e.g. from a wearable; null clears a value. Coaches of the team and admins.")
    public AthleteDto setHeartRate(long id, @Valid @NotNull HeartRateDto heartRate, @Context UriInfo uri) {
        Athlete athlete = access.managedAthlete(id);
        if (heartRate.hrMax() != null && heartRate.hrRest() != null && heartRate.hrRest() >= heartRate.hrMax()) {
            throw new BadRequestException(Problem.invalid(uri.getPath(),
                    Map.of("hrRest", "Resting heart rate must be below the maximum.")));
        }
        athlete.hrMax = heartRate.hrMax();
        athlete.hrRest = heartRate.hrRest();
        return AthleteDto.of(athlete);
    }
}
