package com.myhomecontrol.deploy;

import com.myhomecontrol.it.Eventually;
import com.myhomecontrol.it.Folders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The runnable jar the build made, started as on a home server: {@code java -jar myhomecontrol.jar}
 * in a folder of its own, with none of the platform's settings in its environment but the ports.
 * As deploy/myhomecontrol.service has it, it unpacks its Liberty into a new folder named by
 * WLP_JAR_EXTRACT_DIR and writes Liberty's logs to LOG_DIR.
 */
final class RunnableJar implements AutoCloseable {

    static final Path JAR = Path.of("target/myhomecontrol.jar");
    private static final Path HOME = Path.of("target/runnable-jar-it");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final int httpPort;

    private RunnableJar(Process process, int httpPort) {
        this.process = process;
        this.httpPort = httpPort;
    }

    static RunnableJar start(int httpPort, int httpsPort) {
        try {
            Folders.deleteTree(HOME);
            Files.createDirectories(startFolder());
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", JAR.toAbsolutePath().toString())
                    .directory(startFolder().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(console().toFile());
            builder.environment().clear();
            builder.environment().putAll(Map.of(
                    "PATH", System.getenv("PATH"),
                    "HTTP_PORT", String.valueOf(httpPort),
                    "HTTPS_PORT", String.valueOf(httpsPort),
                    "WLP_JAR_EXTRACT_DIR", unpackFolder().toAbsolutePath().toString(),
                    "LOG_DIR", logs().toAbsolutePath().toString(),
                    // As for the test server (LibertyServer): the optimising JIT only competes with the start for the two cores.
                    "JVM_ARGS", "-XX:TieredStopAtLevel=1"));
            return new RunnableJar(builder.start(), httpPort);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + JAR, e);
        }
    }

    /** The folder {@code java -jar} runs in. */
    static Path startFolder() {
        return HOME.resolve("home");
    }

    /** The server's folder inside the unpacked Liberty. */
    static Path unpackedServer() {
        return unpackFolder().resolve("wlp/usr/servers/homecontrol");
    }

    /** Liberty's logs. */
    static Path logs() {
        return HOME.resolve("logs");
    }

    /** Waits until /health/ready answers 200 and returns that answer. */
    String awaitReady() {
        return Eventually.await(this::readiness, Optional::isPresent, "the runnable jar's /health/ready answering 200 (see " + console() + ")",
                READY_TIMEOUT).orElseThrow();
    }

    private Optional<String> readiness() {
        if (!process.isAlive()) {
            throw new AssertionError("java -jar exited with " + process.exitValue() + "; see " + console());
        }
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/health/ready"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException notYetListening) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops it as systemd does, with SIGTERM to java -jar, which stops the server it started. */
    @Override
    public void close() {
        List<ProcessHandle> server = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle child : server) {
                child.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (Exception notStopped) {
            server.forEach(ProcessHandle::destroyForcibly);
            throw new IllegalStateException("The runnable jar's server did not stop within " + STOP_TIMEOUT + "; see " + console(), notStopped);
        }
    }

    private static Path unpackFolder() {
        return HOME.resolve("liberty");
    }

    private static Path console() {
        return HOME.resolve("console.log");
    }
}
