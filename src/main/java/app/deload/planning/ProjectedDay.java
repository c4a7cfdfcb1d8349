package app.deload.planning;

import java.time.LocalDate;

/**
 * One projected day.
 *
 * @param plannedLoad the load the projection puts on the day
 * @param fitness     CTL after the day's load
 * @param fatigue     ATL after the day's load
 * @param form        yesterday's CTL − ATL
 * @param formPercent 100 × form / yesterday's CTL; null when that fitness is 0
 * @param band        the band of formPercent; null when formPercent is null
 */
public record ProjectedDay(LocalDate date, double plannedLoad, double fitness, double fatigue, double form,
                           Double formPercent, FormBand band) {
}
