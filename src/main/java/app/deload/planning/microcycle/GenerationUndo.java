package app.deload.planning.microcycle;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoing a generation in one step: every session it created that is still untouched is deleted; sessions edited by
 * hand or rated since are kept, with the reason.
 */
public record GenerationUndo(List<ExistingSession> deletes, List<Kept> kept) {
    public GenerationUndo {
        deletes = List.copyOf(deletes);
        kept = List.copyOf(kept);
    }

    public record Kept(ExistingSession session, String reason) {
    }

    public static GenerationUndo of(long generationId, List<ExistingSession> sessions) {
        List<ExistingSession> deletes = new ArrayList<>();
        List<Kept> kept = new ArrayList<>();
        for (ExistingSession s : sessions) {
            if (s.generationId() == null || s.generationId() != generationId) {
                continue;
            }
            if (s.untouchedGenerated()) {
                deletes.add(s);
            } else {
                kept.add(new Kept(s, "kept: " + s.protectedBecause() + " since it was generated"));
            }
        }
        return new GenerationUndo(deletes, kept);
    }
}
