package app.deload.signals;

import static app.deload.signals.SquadRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.deload.monitoring.SignalLevel;
import app.deload.web.InvalidQueryParameter;

class SquadSortTest {

    private final SquadRow ada = row("Ada", SignalLevel.WATCH, 1.10, 18, false);
    private final SquadRow bea = row("bea", SignalLevel.ALERT_FUNCTIONAL_OVERREACHING, 1.62, 9, false);
    private final SquadRow cy = row("Cy", SignalLevel.NONE, null, null, false);
    private final SquadRow dan = row("Dan", SignalLevel.ALERT_ACCUMULATED_FATIGUE, 0.85, 12, true);
    private final List<SquadRow> squad = List.of(ada, bea, cy, dan);

    private static List<String> names(List<SquadRow> rows) {
        return rows.stream().map(SquadRow::name).toList();
    }

    @Test
    void byDefaultTheStrongestSignalComesFirstByTheLevelsRank() {
        assertEquals(List.of("bea", "Dan", "Ada", "Cy"), names(SquadSort.parse(null, null).apply(squad)));
        assertEquals(SquadSort.DEFAULT, SquadSort.parse("", " "));
    }

    @Test
    void namesSortIgnoringCaseAndTurnAround() {
        assertEquals(List.of("Ada", "bea", "Cy", "Dan"), names(SquadSort.parse("name", null).apply(squad)));
        assertEquals(List.of("Dan", "Cy", "bea", "Ada"), names(SquadSort.parse("name", "desc").apply(squad)));
    }

    @Test
    void ratioStartsHighestFirstAndAMissingRatioStaysLastEitherWay() {
        assertEquals(List.of("bea", "Ada", "Dan", "Cy"), names(SquadSort.parse("ratio", null).apply(squad)));
        assertEquals(List.of("Dan", "Ada", "bea", "Cy"), names(SquadSort.parse("ratio", "asc").apply(squad)));
    }

    @Test
    void wellnessStartsLowestFirstWithoutAnEntryLast() {
        assertEquals(List.of("bea", "Dan", "Ada", "Cy"), names(SquadSort.parse("wellness", null).apply(squad)));
        assertEquals(List.of("Ada", "Dan", "bea", "Cy"), names(SquadSort.parse("wellness", "desc").apply(squad)));
    }

    @Test
    void equalValuesFallBackToTheSignalThenTheName() {
        SquadRow eve = row("Eve", SignalLevel.WATCH, 1.0, 15, false);
        SquadRow abe = row("Abe", SignalLevel.WATCH, 1.0, 15, false);
        SquadRow fay = row("Fay", SignalLevel.ALERT_ACCUMULATED_FATIGUE, 1.0, 15, false);
        assertEquals(List.of("Fay", "Abe", "Eve"),
                names(SquadSort.parse("ratio", null).apply(List.of(eve, abe, fay))));
    }

    @Test
    void clickingTheSortedColumnTurnsItAroundAndAnotherColumnStartsInItsOwnDirection() {
        SquadSort ratio = SquadSort.parse("ratio", null);
        assertEquals(new SquadSort(SquadSort.Column.RATIO, false), ratio.clicked(SquadSort.Column.RATIO));
        assertEquals(new SquadSort(SquadSort.Column.SLEEP, false), ratio.clicked(SquadSort.Column.SLEEP));
        assertEquals(new SquadSort(SquadSort.Column.LOAD, true), ratio.clicked(SquadSort.Column.LOAD));
        assertEquals("descending", ratio.ariaSort(SquadSort.Column.RATIO));
        assertEquals("none", ratio.ariaSort(SquadSort.Column.NAME));
    }

    @Test
    void anOrderThePageDoesNotOfferIsRefusedWithTheChoices() {
        InvalidQueryParameter e = assertThrows(InvalidQueryParameter.class, () -> SquadSort.parse("age", null));
        assertEquals("“sort” must be one of name, signal, load, ratio, monotony, wellness, sleep.", e.getMessage());
        assertThrows(InvalidQueryParameter.class, () -> SquadSort.parse("ratio", "up"));
    }
}
