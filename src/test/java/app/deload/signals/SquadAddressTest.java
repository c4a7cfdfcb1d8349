package app.deload.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SquadAddressTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void theDefaultPageOfTodayHasAPlainAddress() {
        assertEquals("/teams/7/signals", new SquadAddress(7, null, SquadSort.DEFAULT, SquadFilter.ALL).href());
    }

    @Test
    void everyLinkKeepsTheDayTheOrderAndTheFilterItDoesNotChange() {
        SquadAddress address = new SquadAddress(7, LocalDate.of(2026, 3, 2), SquadSort.parse("ratio", "asc"),
                SquadFilter.parse(List.of("alerts")));
        assertEquals("/teams/7/signals?date=2026-03-02&sort=ratio&dir=asc&show=alerts", address.href());
        SquadAddress.Links links = address.links(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 3), TODAY);
        assertEquals("/teams/7/signals?date=2026-03-02&sort=ratio&show=alerts", links.ratio().href());
        assertEquals("ascending", links.ratio().ariaSort());
        assertEquals("/teams/7/signals?date=2026-03-02&sort=name&show=alerts", links.name().href());
        assertEquals("/teams/7/signals?date=2026-03-01&sort=ratio&dir=asc&show=alerts", links.previousDay());
        assertEquals("/teams/7/signals?date=2026-03-02&sort=ratio&dir=asc&show=alerts&show=unacknowledged",
                links.filters().get(1).href());
        assertEquals("/teams/7/signals?date=2026-03-02&sort=ratio&dir=asc", links.filters().get(0).href());
        assertTrue(links.filters().get(0).on());
        assertTrue(links.filtered());
        assertEquals("/teams/7/signals?date=2026-03-02&sort=ratio&dir=asc", links.unfiltered());
        assertEquals(links.ratio(), links.current());
    }

    @Test
    void theNextDayThatIsTodayCarriesNoDate() {
        SquadAddress address = new SquadAddress(7, TODAY.minusDays(1), SquadSort.DEFAULT, SquadFilter.ALL);
        SquadAddress.Links links = address.links(TODAY.minusDays(2), TODAY, TODAY);
        assertEquals("/teams/7/signals", links.nextDay());
        assertFalse(links.filtered());
        assertNull(new SquadAddress(7, null, SquadSort.DEFAULT, SquadFilter.ALL)
                .links(TODAY.minusDays(1), null, TODAY).nextDay());
    }
}
