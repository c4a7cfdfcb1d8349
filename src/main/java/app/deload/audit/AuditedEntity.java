package app.deload.audit;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/** Every row records when it was created, when and by whom it last changed, and a version for optimistic locking. */
@MappedSuperclass
public abstract class AuditedEntity extends PanacheEntity {

    public Instant createdAt;
    public Instant updatedAt;
    public String updatedBy;

    @Version
    public long version;

    @PrePersist
    void beforeInsert() {
        createdAt = Instant.now();
        beforeUpdate();
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = Instant.now();
        updatedBy = CurrentActor.username();
    }
}
