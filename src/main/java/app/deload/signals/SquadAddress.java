package app.deload.signals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The squad page's state as its URL carries it: day (absent for today, so a bookmark follows the calendar),
 * order and filter. Every link on the page keeps the parts it does not change.
 */
public record SquadAddress(long teamId, LocalDate date, SquadSort sort, SquadFilter filter) {

    /** A column heading or a "Sort by" choice: where a click goes, and how the column is sorted now. */
    public record SortLink(String label, String href, String ariaSort, boolean current, String direction) {

        /** ↓ or ↑ beside the sorted column's heading (aria-sort says it to a screen reader). */
        public String arrow() {
            return "descending".equals(ariaSort) ? "↓" : "ascending".equals(ariaSort) ? "↑" : "";
        }
    }

    /** A filter choice: on or off, and the address with it switched. */
    public record FilterLink(String label, String href, boolean on) {
    }

    /** Everything the page links to; one heading per sortable column, in the table's order. */
    public record Links(SortLink name, SortLink signal, SortLink load, SortLink ratio, SortLink monotony,
            SortLink wellness, SortLink sleep, List<FilterLink> filters, String unfiltered, String previousDay,
            String nextDay) {

        public SortLink current() {
            return sorts().stream().filter(SortLink::current).findFirst().orElseThrow();
        }

        public boolean filtered() {
            return filters.stream().anyMatch(FilterLink::on);
        }

        public List<SortLink> sorts() {
            return List.of(signal, name, load, ratio, monotony, wellness, sleep);
        }
    }

    public String href() {
        List<String> query = new ArrayList<>();
        if (date != null) {
            query.add("date=" + date);
        }
        if (!sort.equals(SquadSort.DEFAULT)) {
            query.add("sort=" + sort.column().key());
            if (sort.descending() != sort.column().descendingFirst()) {
                query.add("dir=" + sort.dir());
            }
        }
        filter.keys().forEach(key -> query.add("show=" + URLEncoder.encode(key, StandardCharsets.UTF_8)));
        return "/teams/" + teamId + "/signals" + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    /**
     * @param previous the day before the page's
     * @param next     the day after, null when the page shows today
     * @param today    the team's today: a link to it carries no date
     */
    public Links links(LocalDate previous, LocalDate next, LocalDate today) {
        SortLink[] columns = Arrays.stream(SquadSort.Column.values()).map(this::sortLink).toArray(SortLink[]::new);
        List<FilterLink> filters = Arrays.stream(SquadFilter.Condition.values())
                .map(c -> new FilterLink(c.label(), with(sort, filter.toggled(c)).href(), filter.has(c))).toList();
        return new Links(columns[SquadSort.Column.NAME.ordinal()], columns[SquadSort.Column.SIGNAL.ordinal()],
                columns[SquadSort.Column.LOAD.ordinal()], columns[SquadSort.Column.RATIO.ordinal()],
                columns[SquadSort.Column.MONOTONY.ordinal()], columns[SquadSort.Column.WELLNESS.ordinal()],
                columns[SquadSort.Column.SLEEP.ordinal()], filters, with(sort, SquadFilter.ALL).href(),
                on(previous, today).href(), next == null ? null : on(next, today).href());
    }

    private SortLink sortLink(SquadSort.Column column) {
        boolean current = sort.column() == column;
        String direction = !current ? "" : sort.descending() ? "highest first" : "lowest first";
        if (current && column == SquadSort.Column.NAME) {
            direction = sort.descending() ? "Z to A" : "A to Z";
        } else if (current && column == SquadSort.Column.SIGNAL) {
            direction = sort.descending() ? "strongest first" : "weakest first";
        }
        return new SortLink(column.label(), with(sort.clicked(column), filter).href(), sort.ariaSort(column), current,
                direction);
    }

    private SquadAddress with(SquadSort otherSort, SquadFilter otherFilter) {
        return new SquadAddress(teamId, date, otherSort, otherFilter);
    }

    private SquadAddress on(LocalDate day, LocalDate today) {
        return new SquadAddress(teamId, day.equals(today) ? null : day, sort, filter);
    }
}
