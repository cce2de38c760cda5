package com.myhomecontrol.benchmark;

/**
 * The main class of the pom's benchmark profile: runs the benchmark named by the system property
 * {@code benchmark} ({@code -Dbenchmark=media}, {@code devices}, {@code maintenance}, {@code history}, {@code footprint} or {@code postgresql}; the time series when it is not given).
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        String benchmark = System.getProperty("benchmark", "timeseries");
        switch (benchmark) {
            case "timeseries" -> TimeseriesBenchmark.main(args);
            case "media" -> MediaBenchmark.main(args);
            case "devices" -> DevicesBenchmark.main(args);
            case "maintenance" -> MaintenanceBenchmark.main(args);
            case "history" -> HistoryBenchmark.main(args);
            case "footprint" -> FootprintBenchmark.main(args);
            case "postgresql" -> PostgresBenchmark.main(args);
            default -> throw new IllegalArgumentException("No benchmark " + benchmark
                    + "; -Dbenchmark=timeseries, -Dbenchmark=media, -Dbenchmark=devices, -Dbenchmark=maintenance, -Dbenchmark=history, -Dbenchmark=footprint or -Dbenchmark=postgresql");
        }
    }
}
