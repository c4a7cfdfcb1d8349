package app.deload.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import app.deload.account.User;
import app.deload.athlete.Athlete;
import app.deload.monitoring.Domain;
import app.deload.monitoring.SignalLevel;
import app.deload.signals.TeamMetrics;
import app.deload.team.Team;
import app.deload.wellness.WellnessEntry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Sends the reminders people opted into. Once the team's questionnaire time has passed on its local day, each
 * subscribed athlete without that day's questionnaire gets one e-mail with a direct link; once its digest time has
 * passed, each subscribed coach gets that day's digest of signals. Each e-mail is claimed first in
 * {@code reminder_sent} (one per user, kind and day) and sent in the same transaction: an instance that loses the
 * race sends nothing, and a failed sending rolls the claim back so the next run tries again.
 */
@ApplicationScoped
public class Reminders {

    static final String QUESTIONNAIRE = "questionnaire";
    private static final Logger LOG = Logger.getLogger(Reminders.class);

    @Inject
    Mailer mailer;

    @Inject
    TeamMetrics metrics;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "deload.base-url")
    String baseUrl;

    @Scheduled(every = "${deload.reminders.every}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run(Instant.now());
    }

    /** @return how many e-mails were sent */
    public int run(Instant now) {
        List<TeamReminders> teams = QuarkusTransaction.requiringNew().call(TeamReminders::listSet);
        int sent = 0;
        for (TeamReminders reminders : teams) {
            try {
                sent += forTeam(reminders, now);
            } catch (RuntimeException e) {
                LOG.warnf("Reminders for team %d not sent this time: %s", reminders.teamId, e.getMessage());
            }
        }
        return sent;
    }

    private int forTeam(TeamReminders reminders, Instant now) {
        record Due(long userId, String email, String kind, String subject, String text) {
        }
        List<Due> due = QuarkusTransaction.requiringNew().call(() -> {
            Team team = Team.findById(reminders.teamId);
            List<Due> list = new ArrayList<>();
            if (team == null || !team.active) {
                return list;
            }
            ZonedDateTime local = now.atZone(team.zone());
            LocalDate today = local.toLocalDate();
            if (reminders.questionnaireBy != null && !local.toLocalTime().isBefore(reminders.questionnaireBy)) {
                List<Athlete> athletes = Athlete.listActiveForTeam(team).stream().filter(a -> a.user != null).toList();
                Map<Long, String> emails = ReminderSubscription.emailsOf(athletes.stream().map(a -> a.user.id).toList());
                Set<Long> answered = WellnessEntry.answeredForTeamBetween(team, today, today).stream()
                        .map(WellnessEntry.Answered::athleteId).collect(Collectors.toSet());
                for (Athlete athlete : athletes) {
                    String email = emails.get(athlete.user.id);
                    if (email != null && !answered.contains(athlete.id)) {
                        list.add(new Due(athlete.user.id, email, QUESTIONNAIRE, "Deload: how are you this morning?",
                                "Hello " + athlete.name + ",\n\nyou have not answered today's questionnaire yet. It takes "
                                        + "30 seconds:\n\n" + baseUrl + "/me/wellness\n\nYou get this reminder because you "
                                        + "asked for it; switch it off under Account, Reminders.\n"));
                    }
                }
            }
            if (reminders.digestAt != null && !local.toLocalTime().isBefore(reminders.digestAt)) {
                List<User> coaches = new ArrayList<>(team.coaches);
                Map<Long, String> emails = ReminderSubscription.emailsOf(coaches.stream().map(c -> c.id).toList());
                if (coaches.stream().anyMatch(c -> emails.containsKey(c.id))) {
                    String digest = digest(team, today);
                    for (User coach : coaches) {
                        if (emails.containsKey(coach.id) && coach.active) {
                            list.add(new Due(coach.id, emails.get(coach.id), "digest-" + team.id,
                                    "Deload: " + team.name + " on " + today, digest));
                        }
                    }
                }
            }
            return list;
        });
        int sent = 0;
        for (Due mail : due) {
            LocalDate today = QuarkusTransaction.requiringNew().call(
                    () -> LocalDate.now(Team.<Team>findById(reminders.teamId).zone()));
            boolean claimed = QuarkusTransaction.requiringNew().call(() -> {
                if (alreadySent(mail.userId(), mail.kind(), today)) {
                    return false;
                }
                em.createNativeQuery("insert into reminder_sent (user_id, kind, sent_on, sent_at) values (?1, ?2, ?3, ?4)")
                        .setParameter(1, mail.userId()).setParameter(2, mail.kind()).setParameter(3, today)
                        .setParameter(4, Instant.now()).executeUpdate();
                em.flush();
                mailer.send(Mail.withText(mail.email(), mail.subject(), mail.text()));
                return true;
            });
            if (claimed) {
                sent++;
            }
        }
        return sent;
    }

    private boolean alreadySent(long userId, String kind, LocalDate day) {
        Number count = (Number) em.createNativeQuery(
                "select count(*) from reminder_sent where user_id = ?1 and kind = ?2 and sent_on = ?3")
                .setParameter(1, userId).setParameter(2, kind).setParameter(3, day).getSingleResult();
        return count.longValue() > 0;
    }

    /** Who shows signs today, most serious first: levels and domains only, never values. */
    private String digest(Team team, LocalDate today) {
        StringBuilder text = new StringBuilder("Signals for ").append(team.name).append(" on ").append(today)
                .append(":\n\n");
        List<TeamMetrics.AthleteDay> showing = metrics.squadOn(team, today).athletes().stream()
                .filter(a -> a.metrics().signals().level() != SignalLevel.NONE)
                .sorted((a, b) -> b.metrics().signals().level().compareTo(a.metrics().signals().level())).toList();
        if (showing.isEmpty()) {
            text.append("No athlete shows signs today.\n");
        }
        for (TeamMetrics.AthleteDay athlete : showing) {
            text.append("- ").append(athlete.name()).append(": ").append(athlete.metrics().signals().level().label())
                    .append(" (").append(athlete.metrics().signals().domains().stream().map(Domain::label)
                            .collect(Collectors.joining(", "))).append(")\n");
        }
        text.append("\nThe squad page: ").append(baseUrl).append("/teams/").append(team.id).append("/signals\n")
                .append("\nSigns consistent with overreaching, never a diagnosis. You get this digest because you asked "
                        + "for it; switch it off under Account, Reminders.\n");
        return text.toString();
    }
}
