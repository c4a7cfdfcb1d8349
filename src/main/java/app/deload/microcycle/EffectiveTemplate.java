package app.deload.microcycle;

import app.deload.planning.microcycle.WeekTemplate;

/**
 * The template that applies, where it comes from, and whether the coach confirmed its hard days in a row.
 *
 * @param source "team", "athlete" or "default" (the sport's default, nothing stored yet)
 */
public record EffectiveTemplate(WeekTemplate template, boolean hardDaysConfirmed, String source, long version) {

    public boolean stored() {
        return !source.equals("default");
    }

    public boolean athletes() {
        return source.equals("athlete");
    }
}
