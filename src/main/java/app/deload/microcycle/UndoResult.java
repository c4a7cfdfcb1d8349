package app.deload.microcycle;

import java.util.List;

/** What undoing a generation did: sessions removed, restored and kept (with why). */
public record UndoResult(long generationId, int removed, int restored, List<String> kept) {
    public UndoResult {
        kept = List.copyOf(kept);
    }
}
