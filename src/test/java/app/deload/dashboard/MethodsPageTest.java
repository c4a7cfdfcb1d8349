package app.deload.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MethodsPageTest {

    private static final Pattern METHODS_LINK = Pattern.compile("href=\"/methods#([a-z-]+)\"");

    @Test
    void everyLinkIntoTheMethodsPageLandsOnASectionThatExplainsIt() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        String methods = coach.get("/methods").then().statusCode(200)
                .body(containsString("Load = rating × minutes"), containsString("Williams et al. 2017"),
                        containsString("above 1.5 Deload calls it a <strong>load spike</strong>"),
                        containsString("A z of −1 or lower is watch level, −2 or lower alert level"),
                        containsString("under 6 h is restricted sleep"), not(containsString("science.md")),
                        not(containsString("shared/")))
                .extract().asString();
        int links = 0;
        for (String page : new String[] { "/teams/" + squad.teamId() + "/signals",
                "/athletes/" + squad.athleteId() + "/metrics", "/athletes/" + squad.athleteId() + "/charts" }) {
            String html = coach.get(page).then().statusCode(200).body(not(containsString("science.md")))
                    .extract().asString();
            Matcher m = METHODS_LINK.matcher(html);
            boolean any = false;
            while (m.find()) {
                any = true;
                links++;
                assertTrue(methods.contains("id=\"" + m.group(1) + "\""), page + " links to a missing section "
                        + m.group(1));
            }
            assertTrue(any, page + " links to the methods page");
        }
        assertTrue(links >= 6, "links checked: " + links);
    }

    @Test
    void athletesReadTheMethodsToo() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession.signIn(squad.athlete()).get("/methods").then().statusCode(200)
                .body(containsString("href=\"/methods\" aria-current=\"page\">Methods</a>"));
    }
}
