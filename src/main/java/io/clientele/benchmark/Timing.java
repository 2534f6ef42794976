package io.clientele.benchmark;

import java.util.Arrays;
import java.util.function.Supplier;

/** Median and 95th percentile of repeated runs after warm-ups, in milliseconds. */
record Timing(double median, double p95) {
    static final int WARMUPS = 5;
    static final int RUNS = 15;

    static Timing of(Supplier<Object> work) {
        return of(work, WARMUPS, RUNS);
    }

    static Timing of(Supplier<Object> work, int warmups, int runs) {
        for (int i = 0; i < warmups; i++) work.get();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new Timing(ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1]);
    }

    /** Prints one row of the table: Clientele against its baseline, the ratio of medians and the target. */
    static void row(String figure, Timing ours, Timing baseline, String target) {
        System.out.printf(
                "%-44s %9.1f %9.1f %9.1f %9.1f %8.2fx  %s%n",
                figure,
                ours.median(),
                ours.p95(),
                baseline.median(),
                baseline.p95(),
                ours.median() / baseline.median(),
                target);
    }

    static void header(String title) {
        System.out.printf(
                "%n%s%n%-44s %9s %9s %9s %9s %9s  %s%n",
                title, "figure", "ms med", "ms p95", "base med", "base p95", "ratio", "target");
    }
}
