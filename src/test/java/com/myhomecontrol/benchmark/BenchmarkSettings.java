package com.myhomecontrol.benchmark;

import com.myhomecontrol.it.Folders;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** Where the benchmark works, where it reports, and the server it runs: from the system properties of the pom's benchmark profile. */
record BenchmarkSettings(Path directory, Path report, Path libertyInstall, Path libertyUserDirectory,
                         String serverName, int httpPort, int httpsPort) {

    static BenchmarkSettings fromSystemProperties() {
        return new BenchmarkSettings(path("benchmark.directory"), path("benchmark.report"),
                path("benchmark.liberty.install"), path("benchmark.liberty.userDirectory"),
                required("benchmark.liberty.server"),
                Integer.parseInt(required("benchmark.http.port")), Integer.parseInt(required("benchmark.https.port")));
    }

    /**
     * A second server beside this one: a copy of its user folder (configuration and application,
     * without logs, work area or process ids) and the next ports.
     */
    BenchmarkSettings secondServer() throws IOException {
        Path copy = directory.resolve(libertyUserDirectory.getFileName() + "-2");
        Folders.deleteTree(copy);
        Set<String> leftOut = Set.of("logs", "workarea", ".pid", ".logs");
        Folders.copyTree(libertyUserDirectory, copy, path -> !leftOut.contains(path.getFileName().toString()));
        return new BenchmarkSettings(directory, report, libertyInstall, copy, serverName, httpPort + 1, httpsPort + 1);
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
