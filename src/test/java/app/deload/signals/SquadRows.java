package app.deload.signals;

import app.deload.monitoring.SignalLevel;

/** Squad rows with only the values sorting and filtering read. */
final class SquadRows {

    private static long ids;

    private SquadRows() {
    }

    static SquadRow row(String name, SignalLevel level, Double ratio, Integer wellness, boolean acknowledged) {
        return row(name, level, null, ratio, wellness, null, acknowledged);
    }

    static SquadRow row(String name, SignalLevel level, Double load, Double ratio, Integer wellness, Double sleep,
            boolean acknowledged) {
        return new SquadRow(++ids, name, "C" + ids, level.label(), "", "", "", "", "", "", "", "", "", "", "",
                acknowledged, null, new SquadRow.Values(level, load, ratio, null, wellness, sleep));
    }
}
