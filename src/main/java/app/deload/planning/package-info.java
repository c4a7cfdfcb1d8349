/**
 * The pure planning core (science sections 11 and 12): mesocycles with deload weeks, tapers before events,
 * deloads brought forward, the projected fitness/fatigue/form, the taper advisor, proposal triggers and today's
 * decision. Records in, records out; java.* and {@code app.deload.monitoring} only, no clock: {@code today} is a
 * parameter. Entry points: {@link app.deload.planning.PlanLayout#of}, {@link app.deload.planning.Projection#project},
 * {@link app.deload.planning.TaperAdvisor#forEvents}, {@link app.deload.planning.TodayDecision#decide},
 * {@link app.deload.planning.ProposalRules}.
 */
package app.deload.planning;
