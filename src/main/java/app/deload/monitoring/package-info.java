/**
 * The pure calculation core (science.md sections 1–10): plain records in, records with reasons out; no
 * framework, no clock. Entry point: {@link app.deload.monitoring.MetricsCalculator}.
 *
 * <p>Decisions where science.md leaves a choice:
 * <ul>
 *   <li>A day with any attended, unrated session is MISSING, even with another rated session: its total is
 *       unknown. Days before the athlete's first day are unknown too.</li>
 *   <li>Fixed windows (7-day load, monotony, rolling ratio) leave missing days out of the arithmetic and count
 *       them against completeness; under 80 % they show "insufficient data", or "building history" while the
 *       window reaches before the first day.</li>
 *   <li>EWMA and Banister: a missing day skips the update (value carried forward). The EWMA seed is the
 *       load of the first day with a known load; completeness is reported over the last N days since the
 *       first day.</li>
 *   <li>The first day is the earliest of the given history start, the first attended session and the first
 *       wellness entry.</li>
 *   <li>A performance decrement counts as a sign while it is the test's latest result and is at most 14 days
 *       old. Functional overreaching needs two non-performance domains on each of the last 3 days plus the
 *       decrement; a medical review is suggested when the latest result before the deload ended and a retest
 *       at least 14 days after it are both decrements.</li>
 *   <li>Consecutive-day rules (wellness, soreness) need an entry on each day; a gap breaks the run.</li>
 * </ul>
 */
package app.deload.monitoring;
