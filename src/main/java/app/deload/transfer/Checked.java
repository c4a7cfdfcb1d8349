package app.deload.transfer;

import java.util.Comparator;
import java.util.List;

/** The rows of a file that passed every check, and a problem for each line that did not, in line order. */
record Checked<R extends ImportRow>(List<R> rows, List<RowProblem> problems) {

    Checked {
        rows = List.copyOf(rows);
        problems = problems.stream().sorted(Comparator.comparingInt(RowProblem::line)).toList();
    }

    static <R extends ImportRow> Checked<R> refused(RowProblem problem) {
        return new Checked<>(List.of(), List.of(problem));
    }

    boolean valid() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
