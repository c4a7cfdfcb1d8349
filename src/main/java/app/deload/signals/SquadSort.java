package app.deload.signals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.deload.web.InvalidQueryParameter;

/**
 * An order of the squad page ({@code ?sort=ratio&dir=asc}). Each column starts in the direction a coach reads
 * first: the strongest signal, the highest load, ratio and monotony, the lowest wellness and the shortest sleep
 * first. Athletes without a value come last either way; ties fall back to the signal, then the name.
 */
public record SquadSort(Column column, boolean descending) {

    public static final SquadSort DEFAULT = new SquadSort(Column.SIGNAL, true);

    public enum Column {
        NAME("name", "Athlete", false, row -> row.name().toLowerCase(java.util.Locale.ROOT)),
        SIGNAL("signal", "Signal", true, row -> row.values().signal()),
        LOAD("load", "7-day load", true, row -> row.values().load()),
        RATIO("ratio", "EWMA ratio", true, row -> row.values().ratio()),
        MONOTONY("monotony", "Monotony", true, row -> row.values().monotony()),
        WELLNESS("wellness", "Wellness", false, row -> row.values().wellness()),
        SLEEP("sleep", "Sleep", false, row -> row.values().sleep());

        private final String key;
        private final String label;
        private final boolean descendingFirst;
        private final Function<SquadRow, Comparable<?>> value;

        Column(String key, String label, boolean descendingFirst, Function<SquadRow, Comparable<?>> value) {
            this.key = key;
            this.label = label;
            this.descendingFirst = descendingFirst;
            this.value = value;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        /** The direction of a first click on this column. */
        public boolean descendingFirst() {
            return descendingFirst;
        }
    }

    /** Reads {@code sort} and {@code dir}; both absent is {@link #DEFAULT}, anything not offered is refused. */
    public static SquadSort parse(String sort, String dir) {
        Column column = Column.SIGNAL;
        if (sort != null && !sort.isBlank()) {
            column = Arrays.stream(Column.values()).filter(c -> c.key.equals(sort.strip())).findFirst()
                    .orElseThrow(() -> new InvalidQueryParameter("“sort” must be one of "
                            + Arrays.stream(Column.values()).map(Column::key).collect(Collectors.joining(", "))
                            + "."));
        }
        if (dir == null || dir.isBlank()) {
            return new SquadSort(column, column.descendingFirst);
        }
        return switch (dir.strip()) {
            case "asc" -> new SquadSort(column, false);
            case "desc" -> new SquadSort(column, true);
            default -> throw new InvalidQueryParameter("“dir” must be asc or desc.");
        };
    }

    /** The rows in this order, as a new list. */
    public List<SquadRow> apply(List<SquadRow> rows) {
        return rows.stream().sorted(comparator()).toList();
    }

    /** The sort a click on {@code other}'s heading asks for: the same column turns around, another starts fresh. */
    public SquadSort clicked(Column other) {
        return other == column ? new SquadSort(column, !descending) : new SquadSort(other, other.descendingFirst);
    }

    /** "asc" or "desc", as the URL spells it. */
    public String dir() {
        return descending ? "desc" : "asc";
    }

    /** The {@code aria-sort} of the column's heading. */
    public String ariaSort(Column other) {
        return other != column ? "none" : descending ? "descending" : "ascending";
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private Comparator<SquadRow> comparator() {
        Comparator<Comparable> natural = Comparator.naturalOrder();
        Comparator<Comparable> direction = descending ? natural.reversed() : natural;
        Comparator<SquadRow> byColumn = Comparator.comparing(row -> (Comparable) column.value.apply(row),
                Comparator.nullsLast(direction));
        Comparator<SquadRow> bySignal = Comparator.comparing((SquadRow row) -> row.values().signal()).reversed();
        return byColumn.thenComparing(bySignal).thenComparing(row -> row.name().toLowerCase(java.util.Locale.ROOT))
                .thenComparingLong(SquadRow::athleteId);
    }
}
