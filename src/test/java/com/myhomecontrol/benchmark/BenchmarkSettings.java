package com.myhomecontrol.benchmark;

import java.nio.file.Path;

/** Where the benchmark works, where it reports, and the server it runs: from the system properties of the pom's benchmark profile. */
record BenchmarkSettings(Path directory, Path report, Path libertyInstall, Path libertyUserDirectory,
                         String serverName, int httpPort, int httpsPort) {

    static BenchmarkSettings fromSystemProperties() {
        return new BenchmarkSettings(path("benchmark.directory"), path("benchmark.report"),
                path("benchmark.liberty.install"), path("benchmark.liberty.userDirectory"),
                required("benchmark.liberty.server"),
                Integer.parseInt(required("benchmark.http.port")), Integer.parseInt(required("benchmark.https.port")));
    }

    private static Path path(String property) {
        return Path.of(required(property)).toAbsolutePath();
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set; run the benchmark with "
                    + TimeseriesBenchmark.COMMAND + " (add -Dbenchmark=media or -Dbenchmark=devices for the media or the device polling benchmark)");
        }
        return value;
    }
}
