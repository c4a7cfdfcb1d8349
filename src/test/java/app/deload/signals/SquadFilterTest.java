package app.deload.signals;

import static app.deload.signals.SquadRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.deload.monitoring.SignalLevel;
import app.deload.web.InvalidQueryParameter;

class SquadFilterTest {

    private final SquadRow watch = row("Watch", SignalLevel.WATCH, 1.1, 18, false);
    private final SquadRow alert = row("Alert", SignalLevel.ALERT_FUNCTIONAL_OVERREACHING, 1.6, null, false);
    private final SquadRow seen = row("Seen", SignalLevel.ALERT_ACCUMULATED_FATIGUE, 0.8, 12, true);
    private final SquadRow quiet = row("Quiet", SignalLevel.NONE, null, null, false);
    private final List<SquadRow> squad = List.of(watch, alert, seen, quiet);

    private List<String> shown(String... show) {
        return SquadFilter.parse(Arrays.asList(show)).apply(squad).stream().map(SquadRow::name).toList();
    }

    @Test
    void noFilterShowsEveryone() {
        assertEquals(List.of("Watch", "Alert", "Seen", "Quiet"), shown());
        assertEquals(SquadFilter.ALL, SquadFilter.parse(null));
    }

    @Test
    void alertsOnlyLeavesOutWatch() {
        assertEquals(List.of("Alert", "Seen"), shown("alerts"));
    }

    @Test
    void notAcknowledgedMeansSignsNoCoachHasAcknowledged() {
        assertEquals(List.of("Watch", "Alert"), shown("unacknowledged"));
    }

    @Test
    void owesTheQuestionnaireMeansNoEntryThatDay() {
        assertEquals(List.of("Alert", "Quiet"), shown("questionnaire"));
    }

    @Test
    void everyChosenConditionMustHold() {
        assertEquals(List.of("Alert"), shown("alerts", "unacknowledged", "questionnaire"));
        assertEquals(List.of(), shown("alerts", "questionnaire", "unacknowledged").stream()
                .filter(name -> name.equals("Seen")).toList());
    }

    @Test
    void togglingSwitchesOneConditionAndKeysKeepAStableOrder() {
        SquadFilter filter = SquadFilter.parse(List.of("questionnaire", "alerts"));
        assertEquals(List.of("alerts", "questionnaire"), filter.keys());
        assertEquals(List.of("questionnaire"), filter.toggled(SquadFilter.Condition.ALERTS).keys());
        assertEquals(List.of("alerts", "unacknowledged", "questionnaire"),
                filter.toggled(SquadFilter.Condition.UNACKNOWLEDGED).keys());
    }

    @Test
    void aFilterThePageDoesNotOfferIsRefused() {
        assertThrows(InvalidQueryParameter.class, () -> SquadFilter.parse(List.of("alerts", "injured")));
    }
}
