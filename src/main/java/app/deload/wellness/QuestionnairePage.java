package app.deload.wellness;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.deload.web.FormErrors;

/**
 * What the morning questionnaire shows: the two dates an athlete may answer for, the five items as tap targets
 * (best answer first, as in McLean et al.), the sore-area checkboxes, and the stored total for the shown date.
 */
public record QuestionnairePage(String athleteName, List<Choice> dates, List<Question> questions, List<Choice> areas,
        WellnessForm form, FormErrors errors, Saved saved, String otherDayHref, String otherDayLabel,
        String historyHref) {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    /** One radio button or checkbox. */
    public record Choice(String id, String value, String label, boolean checked) {
    }

    /** One item with its five levels. */
    public record Question(String field, String label, List<Choice> options) {
    }

    /** The entry stored for the shown date. */
    public record Saved(String day, int total) {
    }

    /**
     * @param shown the date the form is for (today or yesterday)
     * @param saved the total stored for {@code shown}, or null
     */
    public static QuestionnairePage of(String athleteName, long athleteId, LocalDate today, LocalDate shown,
            WellnessForm form, FormErrors errors, Integer saved) {
        LocalDate yesterday = today.minusDays(1);
        List<Choice> dates = List.of(
                new Choice("f-date-today", today.toString(), "Today, " + DAY.format(today),
                        today.toString().equals(form.date())),
                new Choice("f-date-yesterday", yesterday.toString(), "Yesterday, " + DAY.format(yesterday),
                        yesterday.toString().equals(form.date())));
        List<Question> questions = new ArrayList<>();
        for (WellnessItem item : WellnessItem.values()) {
            List<Choice> options = new ArrayList<>();
            for (int level = WellnessItem.MAX; level >= WellnessItem.MIN; level--) {
                String value = String.valueOf(level);
                options.add(new Choice("f-" + item.field() + "-" + level, value, item.words(level),
                        value.equals(form.answer(item) == null ? null : form.answer(item).strip())));
            }
            questions.add(new Question(item.field(), item.label(), options));
        }
        List<Choice> areas = new ArrayList<>();
        for (SoreArea area : SoreArea.values()) {
            areas.add(new Choice("f-sore-" + area.code(), area.code(), area.label(),
                    form.soreAreas().contains(area.code())));
        }
        boolean showingToday = shown.equals(today);
        return new QuestionnairePage(athleteName, dates, questions, areas, form, errors,
                saved == null ? null : new Saved(DAY.format(shown), saved),
                showingToday ? "/me/wellness?date=" + yesterday : "/me/wellness",
                showingToday ? "Correct yesterday's answers" : "Back to today",
                "/athletes/" + athleteId + "/wellness");
    }
}
