package org.dvpp.benchmarks;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link StorageImportBenchmark} once and prints, per database, SDK throughput as a ratio of raw JDBC throughput
 * (raw mean time / SDK mean time; 1.0 = as fast, the target is at least 0.9).
 */
public final class StorageImportRatios {
    private StorageImportRatios() {
    }

    /**
     * @param args ignored
     * @throws RunnerException if JMH fails
     */
    public static void main(String[] args) throws RunnerException {
        Options opts = new OptionsBuilder().include(StorageImportBenchmark.class.getSimpleName()).build();
        Collection<RunResult> results = new Runner(opts).run();
        Map<String, Map<String, Double>> byDb = new TreeMap<>();
        for (RunResult r : results) {
            String db = r.getParams().getParam("db");
            String method = r.getParams().getBenchmark().substring(r.getParams().getBenchmark().lastIndexOf('.') + 1);
            byDb.computeIfAbsent(db, k -> new TreeMap<>()).put(method, r.getPrimaryResult().getScore());
        }
        StringBuilder out = new StringBuilder("\nBulk import, SDK throughput / raw JDBC throughput (same run):\n");
        for (Map.Entry<String, Map<String, Double>> e : byDb.entrySet()) {
            Map<String, Double> m = e.getValue();
            double raw = m.get("rawJdbc");
            out.append(String.format("  %-10s raw %.1f ms/op, sdk %.1f ms/op -> %.2fx, sdk+COPY %.1f ms/op -> %.2fx%n",
                    e.getKey(), raw, m.get("sdk"), raw / m.get("sdk"), m.get("sdkCopy"), raw / m.get("sdkCopy")));
        }
        System.out.print(out);
    }
}
