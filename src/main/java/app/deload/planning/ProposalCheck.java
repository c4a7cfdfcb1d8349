package app.deload.planning;

/** Whether to raise a "bring the next deload forward" proposal, and why (or why not). */
public record ProposalCheck(boolean raise, String reason) {
}
