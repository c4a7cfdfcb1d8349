package app.deload.reminder;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

/** Reminders go over SMTP to a real server (GreenMail), not a mock mailer. */
@QuarkusTest
@QuarkusTestResource(value = SmtpServer.class, restrictToAnnotatedClass = true)
class RemindersTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    Reminders reminders;

    /** Today at the given Berlin time: the team's local clock for the job. */
    static Instant berlin(String time) {
        return LocalDate.now(BERLIN).atTime(LocalTime.parse(time)).atZone(BERLIN).toInstant();
    }

    static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(SmtpServer.greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String body(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }

    @Test
    void athleteWhoHasNotAnsweredGetsOneReminderWithADirectLink() throws Exception {
        Fixtures.Squad squad = Fixtures.squad();
        String email = Fixtures.unique("emma") + "@club.test";
        WebSession athlete = WebSession.signIn(squad.athlete());
        athlete.get("/account/reminders").then().statusCode(200).body(containsString("Send me reminders"));
        athlete.post("/account/reminders", Map.of("on", "yes", "email", email)).then().statusCode(303);
        WebSession.signIn(squad.coach()).post("/teams/" + squad.teamId() + "/reminders",
                Map.of("questionnaireBy", "07:30", "digestAt", "")).then().statusCode(303);

        reminders.run(berlin("07:00"));
        assertEquals(0, mailTo(email).size(), "nothing before the team's time");

        reminders.run(berlin("07:45"));
        List<MimeMessage> received = mailTo(email);
        assertEquals(1, received.size());
        assertEquals("Deload: how are you this morning?", received.get(0).getSubject());
        assertEquals("deload@club.test", received.get(0).getFrom()[0].toString());
        assertTrue(body(received.get(0)).contains("https://deload.club.test/me/wellness"), body(received.get(0)));

        reminders.run(berlin("09:00"));
        assertEquals(1, mailTo(email).size(), "one reminder a day");
    }

    @Test
    void athleteWhoAnsweredOrDidNotOptInGetsNothing() {
        Fixtures.Squad squad = Fixtures.squad();
        String answered = Fixtures.unique("answered") + "@club.test";
        WebSession athlete = WebSession.signIn(squad.athlete());
        athlete.post("/account/reminders", Map.of("on", "yes", "email", answered)).then().statusCode(303);
        athlete.post("/me/wellness", Map.of("date", LocalDate.now(BERLIN).toString(), "fatigue", "4", "sleepQuality",
                "4", "soreness", "3", "stress", "5", "mood", "4", "sleepHours", "7.5")).then().statusCode(303);
        String quiet = Fixtures.user(app.deload.account.Role.ATHLETE);
        Fixtures.athlete(squad.teamId(), quiet);
        WebSession.signIn(squad.coach()).post("/teams/" + squad.teamId() + "/reminders",
                Map.of("questionnaireBy", "06:00", "digestAt", "")).then().statusCode(303);

        int before = SmtpServer.greenMail.getReceivedMessages().length;
        reminders.run(berlin("10:00"));
        assertEquals(0, mailTo(answered).size());
        assertEquals(before, SmtpServer.greenMail.getReceivedMessages().length, "the athlete who did not opt in");
    }

    @Test
    void switchingRemindersOffStopsThem() {
        Fixtures.Squad squad = Fixtures.squad();
        String email = Fixtures.unique("off") + "@club.test";
        WebSession athlete = WebSession.signIn(squad.athlete());
        athlete.post("/account/reminders", Map.of("on", "yes", "email", email)).then().statusCode(303);
        athlete.post("/account/reminders", Map.of("email", email)).then().statusCode(303);
        athlete.get("/account/reminders").then().body(containsString("name=\"on\" value=\"yes\"> Send me"));
        WebSession.signIn(squad.coach()).post("/teams/" + squad.teamId() + "/reminders",
                Map.of("questionnaireBy", "06:00", "digestAt", "")).then().statusCode(303);
        reminders.run(berlin("10:00"));
        assertEquals(0, mailTo(email).size());
    }

    @Test
    void coachGetsOneMorningDigestWithTheSquadLink() throws Exception {
        Fixtures.Squad squad = Fixtures.squad();
        String email = Fixtures.unique("coach") + "@club.test";
        WebSession coach = WebSession.signIn(squad.coach());
        coach.get("/account/reminders").then().statusCode(200).body(containsString("Send me the morning digest"));
        coach.post("/account/reminders", Map.of("on", "yes", "email", email)).then().statusCode(303);
        coach.post("/teams/" + squad.teamId() + "/reminders", Map.of("questionnaireBy", "", "digestAt", "06:30"))
                .then().statusCode(303);
        coach.get("/teams/" + squad.teamId() + "/reminders").then().statusCode(200)
                .body(containsString("value=\"06:30\""));

        reminders.run(berlin("06:00"));
        assertEquals(0, mailTo(email).size());
        reminders.run(berlin("06:31"));
        reminders.run(berlin("07:31"));
        List<MimeMessage> received = mailTo(email);
        assertEquals(1, received.size());
        String text = body(received.get(0));
        assertTrue(received.get(0).getSubject().startsWith("Deload: Team-"), received.get(0).getSubject());
        assertTrue(text.contains("No athlete shows signs today.") || text.contains("- Athlete "), text);
        assertTrue(text.contains("https://deload.club.test/teams/" + squad.teamId() + "/signals"), text);
    }

    @Test
    void invalidInputIsRefusedBesideTheField() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession.signIn(squad.athlete()).post("/account/reminders", Map.of("on", "yes", "email", "not an address"))
                .then().statusCode(400).body(containsString("Enter an e-mail address like name@example.org."))
                .body(containsString("value=\"not an address\""));
        WebSession.signIn(squad.coach()).post("/teams/" + squad.teamId() + "/reminders",
                Map.of("questionnaireBy", "25:99", "digestAt", "")).then().statusCode(400)
                .body(containsString("Enter a time as HH:MM")).body(containsString("value=\"25:99\""));
    }
}
