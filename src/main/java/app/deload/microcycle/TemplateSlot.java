package app.deload.microcycle;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;

/**
 * One line of a stored template: a rest day, an active-recovery day or one training session of a training day.
 * Written and read only with its template.
 */
@Entity
@Table(name = "week_template_slot")
public class TemplateSlot extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    public StoredTemplate template;

    /** 1 Monday … 7 Sunday. */
    public int weekday;
    /** REST, TRAINING or ACTIVE_RECOVERY. */
    public String dayKind;
    /** A training session's type (the training feature's session type name). */
    public String sessionType;
    public LocalTime startTime;
    public Integer plannedMinutes;
    public Integer plannedRpe;
    public Double loadShare;
    public String activity;

    static List<TemplateSlot> listFor(Collection<Long> templateIds) {
        if (templateIds.isEmpty()) {
            return List.of();
        }
        return list("template.id in ?1 order by template.id, weekday, startTime, id", templateIds);
    }

    static long deleteFor(StoredTemplate template) {
        return delete("template", template);
    }
}
