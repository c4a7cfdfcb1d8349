package app.deload.web;

/**
 * A query parameter with a value the page does not offer (a sort order or filter typed by hand); the message
 * says which values it takes. Answers 400 like an invalid date.
 */
public final class InvalidQueryParameter extends RuntimeException {

    public InvalidQueryParameter(String message) {
        super(message, null, false, false);
    }
}
