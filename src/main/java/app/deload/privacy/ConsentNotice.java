package app.deload.privacy;

import java.util.List;

/**
 * What an athlete agrees to when they create their login: who processes which data, for what purpose, who sees it
 * and what rights they have. Its version is stored with the consent, so a later change of the text is visible.
 */
public record ConsentNotice(String version, String purpose, List<String> points) {

    public static final ConsentNotice CURRENT = new ConsentNotice("2026-12",
            "Your club uses Deload to plan training and recovery and to notice early when training load and "
                    + "recovery drift apart. For that purpose, and no other, it stores what you and your coaches "
                    + "enter about you.",
            List.of("What is stored: your profile (name, birth date, sex, position, heart-rate values), your morning "
                            + "questionnaires (wellness, sleep, resting heart rate, HRV, sore areas, comments), your "
                            + "sessions with their ratings, your test results, and the signals computed from them.",
                    "Who sees it: you, your team's coaches and the club's administrators. Nobody else; it is not "
                            + "sold or shared.",
                    "The signals are heuristics that show signs consistent with overreaching; they are not a "
                            + "diagnosis.",
                    "Your rights: download all your data at any time (My data, one zip of JSON and CSV files), ask "
                            + "your club to correct it, or ask an administrator to erase it. Data of athletes who "
                            + "leave the club is erased after the retention period the club has set."));

    public static final String CONSENT_FIELD = "consent";
}
