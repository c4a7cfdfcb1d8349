package app.deload.transfer;

/** Why a line of an uploaded file cannot be imported; line 1 is the header. */
public record RowProblem(int line, String reason) {
}
