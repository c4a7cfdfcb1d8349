package app.deload.signals;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import app.deload.monitoring.SignalLevel;
import app.deload.web.InvalidQueryParameter;

/**
 * Which athletes the squad page shows ({@code ?show=alerts&show=unacknowledged}); every chosen condition must
 * hold. No condition shows the whole squad.
 */
public record SquadFilter(Set<Condition> conditions) {

    public static final SquadFilter ALL = new SquadFilter(Set.of());

    public enum Condition {
        /** An alert, either kind; watch is not enough. */
        ALERTS("alerts", "Alerts only"),
        /** Signs (watch or alert) that no coach has acknowledged for the day. */
        UNACKNOWLEDGED("unacknowledged", "Not acknowledged"),
        /** No questionnaire for the day. */
        QUESTIONNAIRE("questionnaire", "Owes the questionnaire");

        private final String key;
        private final String label;

        Condition(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        boolean holdsFor(SquadRow row) {
            return switch (this) {
                case ALERTS -> row.values().signal().isAlert();
                case UNACKNOWLEDGED -> row.values().signal() != SignalLevel.NONE && !row.acknowledged();
                case QUESTIONNAIRE -> row.values().owesQuestionnaire();
            };
        }
    }

    public SquadFilter {
        conditions = conditions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(conditions));
    }

    /** Reads every {@code show} value; one the page does not offer is refused. */
    public static SquadFilter parse(Collection<String> show) {
        if (show == null) {
            return ALL;
        }
        EnumSet<Condition> chosen = EnumSet.noneOf(Condition.class);
        for (String raw : show) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            chosen.add(Arrays.stream(Condition.values()).filter(c -> c.key.equals(raw.strip())).findFirst()
                    .orElseThrow(() -> new InvalidQueryParameter("“show” must be one of "
                            + Arrays.stream(Condition.values()).map(Condition::key).collect(Collectors.joining(", "))
                            + ".")));
        }
        return new SquadFilter(chosen);
    }

    public boolean test(SquadRow row) {
        return conditions.stream().allMatch(c -> c.holdsFor(row));
    }

    public List<SquadRow> apply(List<SquadRow> rows) {
        return rows.stream().filter(this::test).toList();
    }

    public boolean has(Condition condition) {
        return conditions.contains(condition);
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    /** This filter with {@code condition} switched on or off. */
    public SquadFilter toggled(Condition condition) {
        EnumSet<Condition> next = conditions.isEmpty() ? EnumSet.noneOf(Condition.class) : EnumSet.copyOf(conditions);
        if (!next.remove(condition)) {
            next.add(condition);
        }
        return new SquadFilter(next);
    }

    /** The chosen keys in a stable order, as the URL carries them. */
    public List<String> keys() {
        return Arrays.stream(Condition.values()).filter(conditions::contains).map(Condition::key).toList();
    }
}
