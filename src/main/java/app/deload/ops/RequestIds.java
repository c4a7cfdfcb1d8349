package app.deload.ops;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Gives every request an id that appears in each of its log lines ({@code %X{requestId}}, and a field of the
 * JSON logs) and in the response's {@code X-Request-Id}. A proxy's id is kept when it looks like one, so a line
 * in nginx's log and in Deload's name the same request; otherwise a new one is made.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    /** Before authentication and everything else, so even a refused request's lines carry the id. */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(RequestIds::tag);
    }

    private static void tag(RoutingContext context) {
        String id = accepted(context.request().getHeader(HEADER));
        MDC.put(MDC_KEY, id);
        context.response().putHeader(HEADER, id);
        context.addEndHandler(done -> MDC.remove(MDC_KEY));
        context.next();
    }

    static String accepted(String offered) {
        return offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
