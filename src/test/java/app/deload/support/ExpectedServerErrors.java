package app.deload.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The ERROR log messages a test class provokes on purpose (substrings), so {@link ServerLogCheck} lets them pass. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ExpectedServerErrors {

    String[] value();
}
