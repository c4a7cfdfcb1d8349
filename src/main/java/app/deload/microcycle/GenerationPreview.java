package app.deload.microcycle;

import java.time.LocalDate;
import java.util.List;

/** What generating [from, to] would do, group by group; nothing is written. */
public record GenerationPreview(LocalDate from, LocalDate to, List<GenerationGroup> groups) {
    public GenerationPreview {
        groups = List.copyOf(groups);
    }

    public int creates() {
        return groups.stream().mapToInt(g -> g.diff().creates().size()).sum();
    }

    public int updates() {
        return groups.stream().mapToInt(g -> g.diff().updates().size()).sum();
    }

    public int deletes() {
        return groups.stream().mapToInt(g -> g.diff().deletes().size()).sum();
    }

    public int keptDays() {
        return groups.stream().mapToInt(g -> g.diff().skips().size()).sum();
    }
}
