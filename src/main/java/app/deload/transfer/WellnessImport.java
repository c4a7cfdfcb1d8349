package app.deload.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.deload.athlete.Athlete;
import app.deload.team.Team;
import app.deload.wellness.WellnessEntry;

/**
 * Imports wellness rows: one entry per athlete and date, so a row for a date that already has an entry updates
 * it (an upsert, as a second questionnaire the same morning does) and a row equal to the stored entry is left
 * alone; re-importing a file never duplicates an entry.
 */
final class WellnessImport implements ImportPlan {

    private record Key(long athleteId, LocalDate date) {
    }

    private record Update(WellnessEntry entry, WellnessRow row) {
    }

    private final List<WellnessRow> creates;
    private final List<Update> updates;
    private final int unchanged;

    private WellnessImport(List<WellnessRow> creates, List<Update> updates, int unchanged) {
        this.creates = creates;
        this.updates = updates;
        this.unchanged = unchanged;
    }

    /** Reads the entries of the team's athletes for the rows' dates: one query, whatever the file's size. */
    static WellnessImport plan(Team team, List<WellnessRow> rows) {
        Map<Key, WellnessEntry> existing = new HashMap<>();
        for (WellnessEntry entry : WellnessEntry.listForTeamBetween(team, ImportPlan.first(rows), ImportPlan.last(rows))) {
            existing.put(new Key(entry.athlete.id, entry.entryDate), entry);
        }
        List<WellnessRow> creates = new ArrayList<>();
        List<Update> updates = new ArrayList<>();
        int unchanged = 0;
        for (WellnessRow row : rows) {
            WellnessEntry entry = existing.get(new Key(row.athleteId(), row.date()));
            if (entry == null) {
                creates.add(row);
            } else if (entry.values().equals(row.values())) {
                unchanged++;
            } else {
                updates.add(new Update(entry, row));
            }
        }
        return new WellnessImport(creates, updates, unchanged);
    }

    @Override
    public ImportEffects effects() {
        return new ImportEffects(List.of(new ImportEffects.Effect(creates.size(), "wellness entries created"),
                new ImportEffects.Effect(updates.size(), "existing entries updated"),
                new ImportEffects.Effect(unchanged, "rows equal to the stored entry, left as they are")));
    }

    @Override
    public void apply(String username, Instant now) {
        for (WellnessRow row : creates) {
            WellnessEntry entry = new WellnessEntry();
            entry.athlete = Athlete.getEntityManager().getReference(Athlete.class, row.athleteId());
            entry.entryDate = row.date();
            entry.assign(row.values());
            entry.persist();
        }
        for (Update update : updates) {
            update.entry().assign(update.row().values());
        }
    }
}
