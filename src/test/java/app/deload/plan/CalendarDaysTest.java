package app.deload.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.deload.support.ApiTokens;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The team calendar names rest and active-recovery days in words, from the generated sessions and the template. */
@QuarkusTest
class CalendarDaysTest {

    private static final Pattern CELL = Pattern.compile("(?s)<td class=\"[^\"]*\">\\s*<span class=\"day\">([^<]+)</span>(.*?)</td>");

    @Test
    void restAndActiveRecoveryDaysAreLabelledInWords() {
        Fixtures.Squad squad = Fixtures.squad();
        String token = ApiTokens.issue(squad.coach());
        LocalDate monday = PlanPagesTest.nextMonday();
        ApiTokens.as(token).contentType("application/json").body(Map.of("start", monday.toString(), "weeks", 8,
                "pattern", "3:1", "firstWeekLoad", 2000, "progressionPercent", 5, "deloadReduction", 0.5))
                .post("/api/v1/teams/" + squad.teamId() + "/plans").then().statusCode(201);
        WebSession coach = WebSession.signIn(squad.coach());
        String week = "/teams/" + squad.teamId() + "/calendar/week?week=" + monday;

        Map<String, String> planned = cells(coach.get(week).asString());
        assertTrue(planned.get("Mon").contains("Rest day"), "the template's rest day, before generating: " + planned);
        assertTrue(planned.get("Fri").contains("Active-recovery day"), planned.get("Fri"));
        assertFalse(planned.get("Tue").contains("Rest day") || planned.get("Tue").contains("Active-recovery"));

        ApiTokens.as(token).contentType("application/json").queryParam("preview", "false")
                .post("/api/v1/teams/" + squad.teamId() + "/plan/generate").then().statusCode(201);
        Map<String, String> generated = cells(coach.get(week).asString());
        assertTrue(generated.get("Mon").contains("Rest day"), generated.get("Mon"));
        assertTrue(generated.get("Fri").contains("Active-recovery day")
                && generated.get("Fri").contains("Active recovery, 30 min"), "the day and its session: "
                + generated.get("Fri"));
        assertTrue(generated.get("Tue").contains("min") && !generated.get("Tue").contains("day-kind"),
                generated.get("Tue"));

        String month = coach.get("/teams/" + squad.teamId() + "/calendar?month=" + monday.plusWeeks(1)
                .toString().substring(0, 7)).asString();
        assertTrue(month.contains("Rest day") && month.contains("Active-recovery day"), "the month view too");
    }

    /** The week view's cells by weekday ("Mon", ...). */
    private static Map<String, String> cells(String html) {
        Map<String, String> out = new java.util.HashMap<>();
        Matcher m = CELL.matcher(html);
        while (m.find()) {
            out.put(m.group(1).substring(0, 3), m.group(2));
        }
        assertEquals(7, out.size(), html);
        return out;
    }
}
