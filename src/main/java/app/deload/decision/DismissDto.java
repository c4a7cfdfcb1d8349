package app.deload.decision;

/** The body of a dismissal: why the coach dismisses the proposal. */
public record DismissDto(String note) {
}
