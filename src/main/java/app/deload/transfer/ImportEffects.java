package app.deload.transfer;

import java.util.List;
import java.util.stream.Collectors;

/** What an import writes, as counts with their meaning, e.g. "12 sessions created". */
public record ImportEffects(List<Effect> effects) {

    public record Effect(int count, String what) {
    }

    public ImportEffects {
        effects = List.copyOf(effects);
    }

    /** "12 sessions created, 40 athlete sessions added, …": counts only, so it may travel in a flash cookie. */
    public String summary() {
        return effects.stream().map(e -> e.count() + " " + e.what()).collect(Collectors.joining(", "));
    }
}
