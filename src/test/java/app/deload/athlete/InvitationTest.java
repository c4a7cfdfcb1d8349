package app.deload.athlete;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import app.deload.account.User;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Invitation links: one working link per athlete, never one that rebinds an athlete who already signed up. */
@QuarkusTest
class InvitationTest {

    private static final Pattern LINK = Pattern.compile("value=\"(http[^\"]*)/invite/([A-Za-z0-9_-]{20,})\"");

    @Test
    void aNewLinkRevokesTheEarlierOne() {
        Fixtures.Squad squad = Fixtures.squad();
        long athleteId = Fixtures.athlete(squad.teamId(), null);
        WebSession coach = WebSession.signIn(squad.coach());
        String first = invite(coach, athleteId)[1];
        WebSession visitor = WebSession.anonymous();
        String tokenWhileValid = visitor.formTokenOn("/invite/" + first);
        String second = invite(coach, athleteId)[1];

        WebSession.anonymous().get("/invite/" + first).then().statusCode(404);
        String username = Fixtures.unique("invited");
        visitor.postWithToken("/invite/" + first, Map.of("username", username, "password", Fixtures.PASSWORD,
                "confirmPassword", Fixtures.PASSWORD, "consent", "yes"), tokenWhileValid).then().statusCode(404);
        WebSession.anonymous().get("/invite/" + second).then().statusCode(200).body(containsString("Create my login"));
    }

    /** The takeover of the report: a link made before the athlete signed up must not bind them to a new login. */
    @Test
    void aLinkForAnAthleteWhoHasALoginIsRefusedWithAClearPage() {
        Fixtures.Squad squad = Fixtures.squad();
        String oldLink = QuarkusTransaction.requiringNew().call(() -> Invitation.issue(
                Athlete.findById(squad.athleteId()), Instant.now().plus(Duration.ofDays(7))));

        WebSession.anonymous().get("/invite/" + oldLink).then().statusCode(409)
                .body(containsString("already has a login"), not(containsString("Create my login")));
        String intruder = Fixtures.unique("intruder");
        // The intruder's form token comes from a link that still shows a form (the refused page has none).
        long other = Fixtures.athlete(squad.teamId(), null);
        String openLink = QuarkusTransaction.requiringNew().call(() -> Invitation.issue(
                Athlete.findById(other), Instant.now().plus(Duration.ofDays(7))));
        WebSession visitor = WebSession.anonymous();
        String token = visitor.formTokenOn("/invite/" + openLink);
        visitor.postWithToken("/invite/" + oldLink, Map.of("username", intruder, "password",
                Fixtures.PASSWORD, "confirmPassword", Fixtures.PASSWORD, "consent", "yes"), token).then().statusCode(409)
                .body(containsString("already has a login"));

        assertFalse(QuarkusTransaction.requiringNew().call(() -> User.usernameTaken(intruder)));
        WebSession.signIn(squad.athlete()).get("/me").then().statusCode(303)
                .header("Location", containsString("/athletes/" + squad.athleteId()));
    }

    @Test
    void theLinkIsBuiltFromTheConfiguredAddressNeverFromTheHostHeader() {
        Fixtures.Squad squad = Fixtures.squad();
        long athleteId = Fixtures.athlete(squad.teamId(), null);
        WebSession coach = WebSession.signIn(squad.coach());
        String csrf = coach.csrfToken();
        String page = coach.request().header("Host", "evil.example").contentType("application/x-www-form-urlencoded")
                .formParam(WebSession.CSRF_FIELD, csrf).post("/athletes/" + athleteId + "/invitation")
                .then().statusCode(200).extract().asString();
        Matcher link = LINK.matcher(page);
        assertTrue(link.find(), page);
        assertFalse(link.group(1).contains("evil"), link.group(1));
        assertTrue(link.group(1).matches("http://(127\\.0\\.0\\.1|localhost):[1-9]\\d*"), link.group(1));
    }

    @Test
    void aLinkWorksForTheConfiguredSevenDays() {
        Fixtures.Squad squad = Fixtures.squad();
        long athleteId = Fixtures.athlete(squad.teamId(), null);
        Instant before = Instant.now();
        invite(WebSession.signIn(squad.coach()), athleteId);
        Instant expiresAt = QuarkusTransaction.requiringNew().call(() -> Invitation.latestFor(
                Athlete.findById(athleteId)).orElseThrow().expiresAt);
        long hours = Duration.between(before, expiresAt).toHours();
        assertEquals(Duration.ofDays(7).toHours(), hours, 1);
    }

    @Test
    void theInvitationFormRefusesACommonPasswordBesideTheField() {
        Fixtures.Squad squad = Fixtures.squad();
        long athleteId = Fixtures.athlete(squad.teamId(), null);
        String token = invite(WebSession.signIn(squad.coach()), athleteId)[1];
        String username = Fixtures.unique("invited");
        WebSession.anonymous().post("/invite/" + token, Map.of("username", username, "password", "Password2026!",
                "confirmPassword", "Password2026!")).then().statusCode(400)
                .body(containsString("one of the most common passwords"), containsString(username));
        WebSession.anonymous().post("/invite/" + token, Map.of("username", username, "password", username + "-x",
                "confirmPassword", username + "-x")).then().statusCode(400)
                .body(containsString("Do not use your username in your password."));
        WebSession.anonymous().get("/invite/" + token).then().statusCode(200)
                .body(containsString("not your username, not a common password"));
    }

    /** The origin and token of the link on the page the coach gets. */
    private static String[] invite(WebSession coach, long athleteId) {
        String page = coach.post("/athletes/" + athleteId + "/invitation").then().statusCode(200).extract().asString();
        Matcher link = LINK.matcher(page);
        assertTrue(link.find(), page);
        return new String[] { link.group(1), link.group(2) };
    }
}
