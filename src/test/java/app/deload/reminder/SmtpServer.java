package app.deload.reminder;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real SMTP server (GreenMail) on a free loopback port, which the mailer of the app under test sends to. */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    static GreenMail greenMail;

    @Override
    public Map<String, String> start() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
        Map<String, String> config = new java.util.HashMap<>(Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(greenMail.getSmtp().getPort()),
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.from", "deload@club.test",
                "deload.base-url", "https://deload.club.test"));
        // This class restarts the app with its own configuration; on the default in-memory H2 it gets a database of
        // its own, as a second start on the first one's in-memory database finds its check constraints unusable.
        if (System.getenv("DELOAD_TEST_DB_URL") == null) {
            config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:deload-reminders;DB_CLOSE_DELAY=-1");
        }
        return config;
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
