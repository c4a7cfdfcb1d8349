package app.deload.microcycle;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;

/** What a generation did to one session, so that undoing it can restore the calendar. */
@Entity
@Table(name = "session_generation_change")
public class GenerationChange extends PanacheEntity {

    public enum Kind { CREATED, UPDATED, DELETED }

    public long generationId;
    /** The session created or rewritten; for a deleted one, its former id. */
    public Long sessionId;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Kind changeKind;
    /** For a rewritten or deleted session: the generation that had made it and its values then. */
    public Long previousGenerationId;
    public String previousValues;
    public Long previousForAthleteId;
    /** For a deleted session: its athletes' ids, comma-separated, to plan them again on undo. */
    public String athleteIds;

    static List<GenerationChange> listFor(SessionGeneration generation) {
        return list("generationId = ?1 order by id", generation.id);
    }
}
