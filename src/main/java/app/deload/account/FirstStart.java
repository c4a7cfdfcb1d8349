package app.deload.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import app.deload.demo.DemoClub;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * On an empty database: loads the demo club when asked, otherwise creates the first admin, whose password
 * comes from DELOAD_ADMIN_PASSWORD or is generated and printed once.
 */
@ApplicationScoped
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class);

    @ConfigProperty(name = "deload.admin.initial-password")
    Optional<String> initialPassword;

    @ConfigProperty(name = "deload.demo.enabled")
    boolean demo;

    @Inject
    DemoClub demoClub;

    void onStart(@Observes StartupEvent event) {
        try {
            QuarkusTransaction.requiringNew().run(this::initialise);
        } catch (RuntimeException e) {
            // Several instances may start on one empty database; the unique username lets one win.
            if (QuarkusTransaction.requiringNew().call(() -> User.count()) == 0) {
                throw e;
            }
            LOG.info("Another instance initialised the empty database first.");
        }
        if (demo) {
            demoClub.printLogins();
        }
    }

    private void initialise() {
        if (User.count() > 0) {
            return;
        }
        if (demo) {
            demoClub.load();
            return;
        }
        boolean generated = initialPassword.isEmpty();
        String password = initialPassword.orElseGet(FirstStart::generatePassword);
        if (!generated) {
            Passwords.problem(password, "admin").ifPresent(problem -> {
                throw new IllegalStateException("DELOAD_ADMIN_PASSWORD is refused: " + problem);
            });
        }
        User.create("admin", "Administrator", Role.ADMIN, password);
        User.flush();
        if (generated) {
            LOG.warn("First start: created user 'admin' with password " + password
                    + " (shown once; change it under Account after signing in).");
        } else {
            LOG.info("First start: created user 'admin' with the password from DELOAD_ADMIN_PASSWORD.");
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
