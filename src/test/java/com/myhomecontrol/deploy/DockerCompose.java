package com.myhomecontrol.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's docker-compose (1.29) reading a compose file as {@code docker-compose config} does, which
 * needs no Docker engine: the file checked, its variables filled in from an env file and from
 * nothing else (neither the test's environment nor a .env beside the file).
 */
final class DockerCompose {

    private static final Path DOCKER_COMPOSE = Path.of(System.getProperty("it.docker-compose", "/usr/bin/docker-compose"));
    private static final long PATIENCE_SECONDS = 60;

    /** What {@code config} printed, its errors included, and how it exited. */
    record Config(int exitCode, String output) {

        boolean valid() {
            return exitCode == 0;
        }
    }

    private DockerCompose() {
    }

    static Config config(Path composeFile, Path envFile) {
        if (!Files.isExecutable(DOCKER_COMPOSE)) {
            throw new IllegalStateException("The compose tests need Debian's docker-compose at " + DOCKER_COMPOSE
                    + ": install it with `apt-get install docker-compose` (.ci/run does)");
        }
        ProcessBuilder builder = new ProcessBuilder(DOCKER_COMPOSE.toString(), "--env-file", envFile.toString(),
                "-f", composeFile.toString(), "config").redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(Map.of("PATH", System.getenv("PATH")));
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("docker-compose config of " + composeFile + " took over " + PATIENCE_SECONDS + " s");
            }
            return new Config(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
