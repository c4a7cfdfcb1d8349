package app.deload.monitoring;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact binary form of {@link DayMetrics} for storage: every field, doubles bit for bit, so a decoded day
 * equals the computed one. Each distinct text is written once per day and referred to by number after that;
 * the fixed method texts are known to both sides and never written. Changing the format or the dictionary
 * means changing {@link #VERSION}, which makes stored days unreadable on purpose (they are recomputed).
 */
public final class DayMetricsCodec {
    public static final int VERSION = 1;

    private static final List<String> DICTIONARY = List.of(DailyLoads.METHOD, WeeklyLoad.LOAD_METHOD,
            WeeklyLoad.CHANGE_METHOD, MonotonyStrain.MONOTONY_METHOD, MonotonyStrain.STRAIN_METHOD,
            RollingUncoupledRatio.ACUTE_METHOD, RollingUncoupledRatio.CHRONIC_METHOD,
            RollingUncoupledRatio.RATIO_METHOD, BanisterModel.CTL_METHOD, BanisterModel.ATL_METHOD,
            BanisterModel.FORM_METHOD, WellnessZScores.METHOD, HrvTrend.DAILY_METHOD, HrvTrend.MEAN_METHOD,
            HrvTrend.CV_METHOD, HrvTrend.RANGE_METHOD, RestingHeartRateTrend.MEAN_METHOD,
            RestingHeartRateTrend.BASELINE_METHOD, RestingHeartRateTrend.RISE_METHOD, PerformanceDecrements.METHOD,
            "total", "fatigue", "sleep quality", "soreness", "stress", "mood", "no wellness entry today",
            "no RPE today", "rest day: no session", "No signs today.");

    private DayMetricsCodec() {
    }

    public static byte[] encode(DayMetrics m) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (Writer w = new Writer(new DataOutputStream(bytes))) {
            w.out.writeByte(VERSION);
            w.date(m.date());
            w.out.writeInt(m.dayOfHistory());
            w.out.writeByte(m.state().ordinal());
            w.metric(m.dailyLoad());
            w.metric(m.weeklyLoad().load());
            w.metric(m.weeklyLoad().changePercent());
            w.metric(m.monotonyStrain().monotony());
            w.metric(m.monotonyStrain().strain());
            w.metric(m.ewma().acute());
            w.metric(m.ewma().chronic());
            w.metric(m.ewma().ratio());
            w.out.writeByte(m.ewma().band() == null ? -1 : m.ewma().band().ordinal());
            w.metric(m.rolling().acuteMean());
            w.metric(m.rolling().chronicMean());
            w.metric(m.rolling().ratio());
            w.metric(m.banister().fitness());
            w.metric(m.banister().fatigue());
            w.metric(m.banister().form());
            w.wellness(m.wellness());
            WellnessZScores z = m.wellnessZ();
            for (WellnessZScores.ZScore score : List.of(z.total(), z.fatigue(), z.sleepQuality(), z.soreness(),
                    z.stress(), z.mood())) {
                w.zScore(score);
            }
            w.out.writeInt(z.consecutiveWatchDays());
            w.window(z.baseline());
            SleepSigns s = m.sleep();
            w.nullableDouble(s.hoursToday());
            w.out.writeInt(s.restrictedNights());
            w.out.writeInt(s.shortNights());
            w.window(s.window());
            w.out.writeBoolean(s.restrictionSign());
            w.string(s.reason());
            SorenessSigns sore = m.soreness();
            w.nullableInt(sore.sorenessToday());
            w.out.writeInt(sore.consecutiveDays());
            w.out.writeBoolean(sore.sign());
            w.string(sore.reason());
            HrvTrend hrv = m.hrv();
            w.metric(hrv.lnRmssd());
            w.metric(hrv.sevenDayMean());
            w.metric(hrv.sevenDayCvPercent());
            w.metric(hrv.rangeLow());
            w.metric(hrv.rangeHigh());
            w.out.writeByte(hrv.classification().ordinal());
            w.string(hrv.note());
            RestingHeartRateTrend hr = m.restingHr();
            w.metric(hr.sevenDayMean());
            w.metric(hr.baselineMean());
            w.metric(hr.rise());
            w.out.writeBoolean(hr.elevated());
            w.string(hr.note());
            w.out.writeInt(m.latestResults().size());
            for (TestResult r : m.latestResults()) {
                w.testResult(r);
            }
            OverreachingSignals o = m.signals();
            w.out.writeByte(o.level().ordinal());
            w.out.writeInt(Checkpoint.mask(o.domains()));
            w.out.writeInt(o.signs().size());
            for (Sign sign : o.signs()) {
                w.sign(sign);
            }
            w.string(o.medicalReviewReason());
            w.string(o.summary());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Whether stored bytes were written by this version of the format. */
    public static boolean readable(byte[] bytes) {
        return bytes != null && bytes.length > 0 && bytes[0] == VERSION;
    }

    public static DayMetrics decode(byte[] bytes) {
        if (!readable(bytes)) {
            throw new IllegalArgumentException("not a day of format version " + VERSION);
        }
        try (Reader r = new Reader(new DataInputStream(new ByteArrayInputStream(bytes, 1, bytes.length - 1)))) {
            LocalDate date = r.date();
            int dayOfHistory = r.in.readInt();
            DayState state = DayState.values()[r.in.readByte()];
            Metric daily = r.metric();
            WeeklyLoad weekly = new WeeklyLoad(r.metric(), r.metric());
            MonotonyStrain monotony = new MonotonyStrain(r.metric(), r.metric());
            Metric acute = r.metric();
            Metric chronic = r.metric();
            Metric ratio = r.metric();
            int band = r.in.readByte();
            EwmaLoad ewma = new EwmaLoad(acute, chronic, ratio, band < 0 ? null : LoadBand.values()[band]);
            RollingUncoupledRatio rolling = new RollingUncoupledRatio(r.metric(), r.metric(), r.metric());
            BanisterModel banister = new BanisterModel(r.metric(), r.metric(), r.metric());
            WellnessInput wellness = r.wellness();
            WellnessZScores.ZScore[] z = new WellnessZScores.ZScore[6];
            for (int k = 0; k < z.length; k++) {
                z[k] = r.zScore();
            }
            WellnessZScores wellnessZ = new WellnessZScores(z[0], z[1], z[2], z[3], z[4], z[5], r.in.readInt(),
                    r.window());
            SleepSigns sleep = new SleepSigns(r.nullableDouble(), r.in.readInt(), r.in.readInt(), r.window(),
                    r.in.readBoolean(), r.string());
            SorenessSigns soreness = new SorenessSigns(r.nullableInt(), r.in.readInt(), r.in.readBoolean(),
                    r.string());
            HrvTrend hrv = new HrvTrend(r.metric(), r.metric(), r.metric(), r.metric(), r.metric(),
                    HrvClass.values()[r.in.readByte()], r.string());
            RestingHeartRateTrend restingHr = new RestingHeartRateTrend(r.metric(), r.metric(), r.metric(),
                    r.in.readBoolean(), r.string());
            int results = r.in.readInt();
            List<TestResult> latest = new ArrayList<>(results);
            for (int k = 0; k < results; k++) {
                latest.add(r.testResult());
            }
            SignalLevel level = SignalLevel.values()[r.in.readByte()];
            int domains = r.in.readInt();
            int signCount = r.in.readInt();
            List<Sign> signs = new ArrayList<>(signCount);
            for (int k = 0; k < signCount; k++) {
                signs.add(r.sign());
            }
            OverreachingSignals signals = new OverreachingSignals(level, Checkpoint.domains(domains), signs,
                    r.string(), r.string());
            return new DayMetrics(date, dayOfHistory, state, daily, weekly, monotony, ewma, rolling, banister,
                    wellness, wellnessZ, sleep, soreness, hrv, restingHr, latest, signals);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Writer implements AutoCloseable {
        final DataOutputStream out;
        private final Map<String, Integer> known = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
            for (String s : DICTIONARY) {
                known.put(s, known.size());
            }
        }

        void string(String s) throws IOException {
            if (s == null) {
                out.writeShort(-1);
                return;
            }
            Integer index = known.get(s);
            if (index != null) {
                out.writeShort(index);
                return;
            }
            known.put(s, known.size());
            out.writeShort(-2);
            out.writeUTF(s);
        }

        void date(LocalDate d) throws IOException {
            out.writeInt((int) d.toEpochDay());
        }

        void nullableDouble(Double d) throws IOException {
            out.writeBoolean(d != null);
            if (d != null) {
                out.writeDouble(d);
            }
        }

        void nullableInt(Integer i) throws IOException {
            out.writeBoolean(i != null);
            if (i != null) {
                out.writeInt(i);
            }
        }

        void window(Window w) throws IOException {
            out.writeBoolean(w != null);
            if (w != null) {
                date(w.from());
                date(w.to());
                out.writeInt(w.daysWithData());
            }
        }

        void metric(Metric m) throws IOException {
            out.writeBoolean(m != null);
            if (m != null) {
                nullableDouble(m.value());
                out.writeByte(m.status().ordinal());
                string(m.reason());
                string(m.method());
                window(m.window());
            }
        }

        void wellness(WellnessInput e) throws IOException {
            out.writeBoolean(e != null);
            if (e != null) {
                date(e.date());
                out.writeByte(e.fatigue());
                out.writeByte(e.sleepQuality());
                out.writeByte(e.soreness());
                out.writeByte(e.stress());
                out.writeByte(e.mood());
                out.writeDouble(e.sleepHours());
                nullableInt(e.restingHr());
                nullableDouble(e.rmssd());
            }
        }

        void zScore(WellnessZScores.ZScore z) throws IOException {
            string(z.name());
            nullableInt(z.today());
            metric(z.z());
            nullableDouble(z.baselineMean());
            nullableDouble(z.baselineSd());
            out.writeBoolean(z.sdFloorApplied());
            out.writeByte(z.level().ordinal());
        }

        void testResult(TestResult r) throws IOException {
            string(r.testName());
            date(r.date());
            out.writeDouble(r.value());
            out.writeBoolean(r.higherIsBetter());
            out.writeDouble(r.swcPercent());
            nullableDouble(r.previousMean());
            metric(r.changePercent());
            out.writeBoolean(r.decrement());
            string(r.sentence());
        }

        void sign(Sign s) throws IOException {
            out.writeByte(s.domain().ordinal());
            string(s.measure());
            out.writeDouble(s.value());
            nullableDouble(s.baseline());
            out.writeDouble(s.threshold());
            window(s.window());
            string(s.sentence());
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    private static final class Reader implements AutoCloseable {
        final DataInputStream in;
        private final List<String> known = new ArrayList<>(DICTIONARY);

        Reader(DataInputStream in) {
            this.in = in;
        }

        String string() throws IOException {
            int code = in.readShort();
            if (code == -1) {
                return null;
            }
            if (code == -2) {
                String s = in.readUTF();
                known.add(s);
                return s;
            }
            return known.get(code);
        }

        LocalDate date() throws IOException {
            return LocalDate.ofEpochDay(in.readInt());
        }

        Double nullableDouble() throws IOException {
            return in.readBoolean() ? in.readDouble() : null;
        }

        Integer nullableInt() throws IOException {
            return in.readBoolean() ? in.readInt() : null;
        }

        Window window() throws IOException {
            return in.readBoolean() ? new Window(date(), date(), in.readInt()) : null;
        }

        Metric metric() throws IOException {
            if (!in.readBoolean()) {
                return null;
            }
            return new Metric(nullableDouble(), Metric.Status.values()[in.readByte()], string(), string(), window());
        }

        WellnessInput wellness() throws IOException {
            if (!in.readBoolean()) {
                return null;
            }
            return new WellnessInput(date(), in.readByte(), in.readByte(), in.readByte(), in.readByte(),
                    in.readByte(), in.readDouble(), nullableInt(), nullableDouble());
        }

        WellnessZScores.ZScore zScore() throws IOException {
            return new WellnessZScores.ZScore(string(), nullableInt(), metric(), nullableDouble(), nullableDouble(),
                    in.readBoolean(), ZLevel.values()[in.readByte()]);
        }

        TestResult testResult() throws IOException {
            return new TestResult(string(), date(), in.readDouble(), in.readBoolean(), in.readDouble(),
                    nullableDouble(), metric(), in.readBoolean(), string());
        }

        Sign sign() throws IOException {
            return new Sign(Domain.values()[in.readByte()], string(), in.readDouble(), nullableDouble(),
                    in.readDouble(), window(), string());
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
