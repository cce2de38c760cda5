package com.myhomecontrol.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The README's run command, `mvn -DskipTests package liberty:run`, launched from the project folder as
 * a user types it, on the benchmark's ports and in a data folder of its own, and timed from the launch
 * to the first 200 of /health/ready; then stopped as a user stops it (the signal of Ctrl+C).
 */
final class ReadmeRun {

    static final List<String> COMMAND = List.of("-DskipTests", "package", "liberty:run");
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);

    private final BenchmarkSettings settings;
    private final Map<String, String> environment;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** {@code environment}: the ports, data folder and passwords of the run, as environment variables. */
    ReadmeRun(BenchmarkSettings settings, Map<String, String> environment) {
        this.settings = settings;
        this.environment = environment;
    }

    /** Runs the command until the server is ready, stops it, and answers how long it took to be ready. */
    Duration timeToReady() throws IOException, InterruptedException {
        Path log = settings.directory().resolve("readme-run.log");
        Files.deleteIfExists(log);
        List<String> command = new ArrayList<>(List.of(maven()));
        command.addAll(COMMAND);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(Path.of(System.getProperty("user.dir")).toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long begin = System.nanoTime();
        Process run = builder.start();
        try {
            awaitReady(run, begin + READY_TIMEOUT.toNanos(), log);
            return Duration.ofNanos(System.nanoTime() - begin);
        } finally {
            run.destroy();
            if (!run.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                run.destroyForcibly();
                throw new IllegalStateException("The README's run command did not stop within " + STOP_TIMEOUT + "; see " + log);
            }
        }
    }

    private void awaitReady(Process run, long deadlineNanos, Path log) throws InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + settings.httpPort() + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadlineNanos) {
            if (!run.isAlive()) {
                throw new IllegalStateException("The README's run command ended with exit code " + run.exitValue() + "; see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the port opens once the server has started
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The README's run command was not ready within " + READY_TIMEOUT + "; see " + log);
    }

    /** The Maven that runs this benchmark. */
    private static String maven() {
        return Path.of(System.getProperty("maven.home"), "bin", "mvn").toString();
    }
}
