package com.myhomecontrol.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Liberty server of the build, run from the benchmark's own user folder (WLP_USER_DIR), so
 * that it never touches a server someone else runs from target/liberty, on loopback only, on the
 * benchmark's ports and database, on the benchmark's JVM, with passwords made up for this run.
 */
final class BenchmarkServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

    private final BenchmarkSettings settings;
    private final Map<String, String> environment;
    private final Path launcherLog;
    private final String operatorPassword = newPassword();
    private final String viewerPassword = newPassword();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private boolean launched;

    /** Memory of the server's JVM: resident now, and the most it has been resident. */
    record Memory(long residentKb, long peakResidentKb) {
    }

    BenchmarkServer(BenchmarkSettings settings, Path database, Path dataDirectory) {
        this(settings, database, dataDirectory, Map.of());
    }

    /**
     * {@code moreEnvironment} adds settings of the server, such as the POSTGRES_ variables of the media
     * store, or HOMECONTROL_EMULATED_HOME=true for a server that polls the emulated home.
     */
    BenchmarkServer(BenchmarkSettings settings, Path database, Path dataDirectory, Map<String, String> moreEnvironment) {
        this.settings = settings;
        this.launcherLog = settings.directory().resolve(settings.libertyUserDirectory().getFileName() + "-launcher.log");
        // The emulated home would poll into the measured database; the devices benchmark names its own plugs.
        this.environment = new HashMap<>(Map.of("HOMECONTROL_EMULATED_HOME", "false"));
        this.environment.putAll(moreEnvironment);
        this.environment.putAll(Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "WLP_USER_DIR", settings.libertyUserDirectory().toString(),
                "HTTP_HOST", "127.0.0.1",
                "HTTP_PORT", String.valueOf(settings.httpPort()),
                "HTTPS_PORT", String.valueOf(settings.httpsPort()),
                "TIMESERIES_DB_PATH", database.toAbsolutePath().toString(),
                "HOMECONTROL_DATA_DIR", dataDirectory.toAbsolutePath().toString(),
                "HOMECONTROL_OPERATOR_PASSWORD", operatorPassword,
                "HOMECONTROL_VIEWER_PASSWORD", viewerPassword,
                "HOMECONTROL_ADMIN_PASSWORD", newPassword()));
        // For comparing JVM settings: -Dbenchmark.jvmArgs=... comes after liberty/jvm.options, as JVM_ARGS does.
        String jvmArgs = System.getProperty("benchmark.jvmArgs", "");
        if (!jvmArgs.isBlank()) {
            this.environment.put("JVM_ARGS", jvmArgs);
        }
    }

    /** Launches {@code server start} and returns the time until /health/ready first answers 200. */
    Duration start() throws IOException, InterruptedException {
        // A benchmark server left running by an interrupted run would refuse to start again.
        runToEnd("stop", STOP_TIMEOUT);
        long begin = System.nanoTime();
        Process launcher = command("start").start();
        launched = true;
        awaitReady(launcher, begin + START_TIMEOUT.toNanos());
        Duration toReady = Duration.ofNanos(System.nanoTime() - begin);
        awaitExit(launcher, "start", START_TIMEOUT);
        return toReady;
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + settings.httpPort() + pathAndQuery);
    }

    String operatorAuthorization() {
        return basic("operator", operatorPassword);
    }

    String viewerAuthorization() {
        return basic("viewer", viewerPassword);
    }

    Memory memory() throws IOException {
        List<String> status = status();
        return new Memory(number(status, "VmRSS:"), number(status, "VmHWM:"));
    }

    int threads() throws IOException {
        return (int) number(status(), "Threads:");
    }

    /** The process id of the server's JVM. */
    long pid() throws IOException {
        Path pidFile = settings.libertyUserDirectory().resolve("servers/.pid/" + settings.serverName() + ".pid");
        return Long.parseLong(Files.readString(pidFile).trim());
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (launched) {
            runToEnd("stop", STOP_TIMEOUT);
        }
    }

    private void awaitReady(Process launcher, long deadlineNanos) throws InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(uri("/health/ready")).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadlineNanos) {
            if (!launcher.isAlive() && launcher.exitValue() != 0) {
                throw new IllegalStateException("server start failed with exit code " + launcher.exitValue() + "; see " + launcherLog);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the port opens a few seconds after launch
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        throw new IllegalStateException("The server was not ready within " + START_TIMEOUT + "; see " + launcherLog
                + " and the logs under " + settings.libertyUserDirectory());
    }

    private void runToEnd(String action, Duration timeout) throws IOException, InterruptedException {
        awaitExit(command(action).start(), action, timeout);
    }

    private void awaitExit(Process process, String action, Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroy();
            throw new IllegalStateException("server " + action + " did not finish within " + timeout + "; see " + launcherLog);
        }
    }

    private ProcessBuilder command(String action) {
        ProcessBuilder builder = new ProcessBuilder(settings.libertyInstall().resolve("bin/server").toString(), action, settings.serverName())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(launcherLog.toFile()));
        builder.environment().putAll(environment);
        return builder;
    }

    private List<String> status() throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"));
    }

    /** A field of /proc/<pid>/status, in kB where it is a size. */
    private static long number(List<String> status, String field) {
        return status.stream().filter(line -> line.startsWith(field))
                .map(line -> Long.parseLong(line.substring(field.length()).replace("kB", "").trim()))
                .findFirst().orElseThrow(() -> new IllegalStateException("No " + field + " in /proc/<pid>/status"));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String newPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
