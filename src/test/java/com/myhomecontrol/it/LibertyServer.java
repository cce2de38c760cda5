package com.myhomecontrol.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Liberty server the integration tests talk to: a copy of the server the build created and
 * deployed, started once per test run with the environment a user would set (its own folder,
 * ports, test users and Tapo account), and restartable by the tests that need a restart.
 */
public final class LibertyServer {

    static final String NAME = "homecontrol-it";
    private static final String SECOND = NAME + "-2";
    private static final Path WLP = Path.of(System.getProperty("it.server.script")).getParent().getParent();
    private static final Path BUILT = WLP.resolve("usr/servers").resolve(System.getProperty("it.server.name"));
    private static final Path SERVER = WLP.resolve("usr/servers").resolve(NAME);
    private static final Path HOME = Path.of(System.getProperty("it.working.dir"));
    /** The logs of every start of this run: Liberty keeps only the newest two messages logs. */
    private static final Path LOGS_OF_THE_RUN = HOME.resolveSibling("it-logs");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final String TAPO_PASSWORD = "it-tapo-password";
    private static final String SERVER_LAUNCHED = "CWWKE0001I";
    private static final String APPLICATION_STARTED = "CWWKZ0001I";
    private static final String APPLICATION_FAILED = "CWWKZ0002E";

    private static boolean running;
    private static int starts;
    private static String keystorePassword;
    /** The environment the running server was started with, beyond the default one. */
    private static Map<String, String> startedWith = Map.of();
    private static TestPostgres.Server postgres;
    private static String postgresDatabase;

    private LibertyServer() {
    }

    public static URI baseUri() {
        ensureRunning();
        return URI.create("http://localhost:" + System.getProperty("it.http.port"));
    }

    /** The server's log, which holds what it printed since the run began. */
    public static Path messagesLog() {
        return SERVER.resolve("logs/messages.log");
    }

    /** The data folder, as the server sees it. */
    public static Path dataDirectory() {
        return HOME.resolve("data");
    }

    /** The PostgreSQL server the test server stores media in by default. */
    public static synchronized TestPostgres.Server postgres() {
        ensureRunning();
        return postgres;
    }

    /** The database on {@link #postgres()} that holds the test server's media. */
    public static synchronized String postgresDatabase() {
        ensureRunning();
        return postgresDatabase;
    }

    public static synchronized void ensureRunning() {
        if (running) {
            return;
        }
        postgres = TestPostgres.shared();
        postgresDatabase = postgres.createDatabase("homecontrol_it");
        install();
        start(Map.of());
        Runtime.getRuntime().addShutdownHook(new Thread(LibertyServer::stop));
    }

    /** Starts the server, or restarts it if it runs with an environment other than the default one. */
    public static synchronized void useDefaultEnvironment() {
        useEnvironment(Map.of());
    }

    /** Starts or restarts the server with these environment variables beyond the default ones, unless it runs with them already. */
    public static synchronized void useEnvironment(Map<String, String> extraEnvironment) {
        if (!running) {
            ensureRunning();
        }
        if (!startedWith.equals(extraEnvironment)) {
            restart(extraEnvironment);
        }
    }

    /** Stops and starts the server again, with environment variables changed for this start only. */
    public static synchronized void restart(Map<String, String> extraEnvironment) {
        restart(extraEnvironment, () -> { });
    }

    /** As {@link #restart(Map)}, doing {@code whileStopped} between the stop and the start. */
    public static synchronized void restart(Map<String, String> extraEnvironment, Runnable whileStopped) {
        ensureRunning();
        stop();
        whileStopped.run();
        start(extraEnvironment);
    }

    private static void install() {
        try {
            Folders.deleteTree(LOGS_OF_THE_RUN);
            keystorePassword = randomHex();
            installInto(SERVER, HOME);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot install the test server " + SERVER, e);
        }
    }

    /** A server of the build's configuration, war and drivers, with the keystore password of this run, and an empty working folder. */
    private static void installInto(Path server, Path home) throws IOException {
        Folders.deleteTree(server);
        Folders.deleteTree(home);
        Files.createDirectories(server.resolve("apps"));
        Files.createDirectories(home);
        try (Stream<Path> configs = Files.list(BUILT)) {
            for (Path config : configs.filter(LibertyServer::isConfiguration).toList()) {
                Files.copy(config, server.resolve(config.getFileName()));
            }
        }
        Folders.copyTree(BUILT.resolve("lib"), server.resolve("lib"));
        Files.copy(BUILT.resolve("apps/myhomecontrol.war"), server.resolve("apps/myhomecontrol.war"));
        Files.writeString(server.resolve("server.env"), "keystore_password=" + keystorePassword + "\n");
    }

    /**
     * Stops the server and starts it with {@code extraEnvironment}, expecting the application to
     * fail to start; returns the log of that start. The next restart starts it as usual.
     */
    public static synchronized String startFailing(Map<String, String> extraEnvironment) {
        ensureRunning();
        stop();
        serverCommand("start", environment(extraEnvironment));
        running = true;
        startedWith = Map.copyOf(extraEnvironment);
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            String log = logOfThisStart();
            if (log.contains(APPLICATION_STARTED)) {
                throw new AssertionError("The application started:\n" + log);
            }
            if (log.contains(APPLICATION_FAILED)) {
                return log;
            }
            Eventually.pause();
        }
        throw new AssertionError("The application neither started nor failed within " + READY_TIMEOUT + "; see " + messagesLog());
    }

    /** The server's log since it was last started. */
    public static String logOfThisStart() {
        try {
            String log = Files.exists(messagesLog()) ? Files.readString(messagesLog()) : "";
            return log.substring(Math.max(0, log.lastIndexOf(SERVER_LAUNCHED)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void start(Map<String, String> extraEnvironment) {
        serverCommand("start", environment(extraEnvironment));
        awaitReady();
        running = true;
        startedWith = Map.copyOf(extraEnvironment);
    }

    private static Map<String, String> environment(Map<String, String> extraEnvironment) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "SERVER_WORKING_DIR", HOME.toString(),
                "HTTP_PORT", System.getProperty("it.http.port"),
                "HTTPS_PORT", System.getProperty("it.https.port"),
                "HOMECONTROL_ADMIN_PASSWORD", System.getProperty("it.admin.password"),
                "HOMECONTROL_OPERATOR_PASSWORD", System.getProperty("it.operator.password"),
                "HOMECONTROL_VIEWER_PASSWORD", System.getProperty("it.viewer.password"),
                "HOMECONTROL_MAX_BODY_BYTES", String.valueOf(Api.MAX_BODY_BYTES),
                "HOMECONTROL_EMULATED_HOME", "false"));
        environment.putAll(Map.of(
                "POSTGRES_HOST", postgres.host(),
                "POSTGRES_PORT", String.valueOf(postgres.port()),
                "POSTGRES_DB", postgresDatabase,
                "POSTGRES_USER", postgres.user(),
                "POSTGRES_PASSWORD", postgres.password(),
                "MEDIA_RECOVERY_CHECK_SECONDS", "1",
                // The test server starts about twenty times and serves little: the optimising JIT
                // compiler only competes with the start for the two cores (22 s against 10 s measured).
                "JVM_ARGS", "-XX:TieredStopAtLevel=1",
                "TAPO_USERNAME", "it@example.com",
                "TAPO_PASSWORD", TAPO_PASSWORD,
                // The application's own logging at every level, so that the logs of a run show what any level would.
                "TRACE_SPECIFICATION", "*=info:com.myhomecontrol.*=all"));
        environment.putAll(extraEnvironment);
        return environment;
    }

    static synchronized void stop() {
        if (running) {
            serverCommand("stop", Map.of());
            running = false;
            keepLogs();
        }
    }

    /**
     * A second server of the same build beside the test server, as a second machine of a cluster
     * would run it: its own folder and ports (10 above the test server's), the test server's
     * environment with {@code extraEnvironment}, so that it shares what that names (its
     * PostgreSQL) and nothing else. Started and ready when this returns.
     */
    public static synchronized SecondServer startSecond(Map<String, String> extraEnvironment) {
        return startSecond(extraEnvironment, () -> { });
    }

    /** As {@link #startSecond(Map)}, doing {@code onceLaunched} when its process runs, before it is ready. */
    public static synchronized SecondServer startSecond(Map<String, String> extraEnvironment, Runnable onceLaunched) {
        ensureRunning();
        String name = SECOND;
        Path server = WLP.resolve("usr/servers").resolve(name);
        Path home = HOME.resolveSibling("it-home-2");
        int httpPort = Integer.parseInt(System.getProperty("it.http.port")) + 10;
        try {
            installInto(server, home);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot install the second test server " + server, e);
        }
        Map<String, String> environment = new HashMap<>(environment(extraEnvironment));
        environment.putAll(Map.of("SERVER_WORKING_DIR", home.toString(), "HTTP_PORT", String.valueOf(httpPort),
                "HTTPS_PORT", String.valueOf(Integer.parseInt(System.getProperty("it.https.port")) + 10)));
        serverCommand("start", name, environment);
        SecondServer second = new SecondServer(name, URI.create("http://localhost:" + httpPort), WLP.resolve("usr/servers/.pid").resolve(name + ".pid"));
        try {
            onceLaunched.run();
            awaitReady(httpPort);
        } catch (RuntimeException e) {
            second.stop();
            throw e;
        }
        return second;
    }

    /** The log of the second server's newest start, while it starts too (so not synchronized); empty before it. */
    public static String logOfSecond() {
        Path log = WLP.resolve("usr/servers").resolve(SECOND).resolve("logs/messages.log");
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The second server of {@link #startSecond(Map)}. */
    public record SecondServer(String name, URI baseUri, Path pidFile) {

        /** As a crash or a pulled plug: kill -9, no shutdown of any kind; answers when it was killed. */
        public Instant kill() {
            ProcessHandle process = ProcessHandle.of(pid()).orElseThrow(() -> new IllegalStateException(name + " does not run"));
            Instant killed = Instant.now();
            process.destroyForcibly();
            process.onExit().join();
            return killed;
        }

        /** Stops it if it still runs, and keeps its logs with the run's. */
        public void stop() {
            synchronized (LibertyServer.class) {
                if (ProcessHandle.of(pid()).map(ProcessHandle::isAlive).orElse(false)) {
                    serverCommand("stop", name, Map.of());
                }
                try {
                    Folders.copyTree(WLP.resolve("usr/servers").resolve(name).resolve("logs"), LOGS_OF_THE_RUN.resolve(name + "-" + ++starts));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot keep the logs of " + name, e);
                }
            }
        }

        /** Its process id; -1 before it started. */
        public long pid() {
            try {
                return Files.exists(pidFile) ? Long.parseLong(Files.readString(pidFile).strip()) : -1;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The secrets this class gives the server, which no log may show: the users' passwords, the Tapo and keystore passwords. */
    public static synchronized List<String> secrets() {
        return List.of(Api.User.ADMIN.password(), Api.User.OPERATOR.password(), Api.User.VIEWER.password(), TAPO_PASSWORD,
                keystorePassword);
    }

    /** Stops the server and answers every log file this run's starts wrote, the server commands' output included. */
    public static synchronized List<Path> stopAndCollectLogs() {
        stop();
        try (Stream<Path> files = Files.walk(LOGS_OF_THE_RUN)) {
            return Stream.concat(files.filter(Files::isRegularFile), Stream.of(WLP.resolve("it-server-commands.log"))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void keepLogs() {
        try {
            Folders.copyTree(SERVER.resolve("logs"), LOGS_OF_THE_RUN.resolve("start-" + ++starts));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the logs of " + SERVER, e);
        }
    }

    private static void serverCommand(String action, Map<String, String> environment) {
        serverCommand(action, NAME, environment);
    }

    private static void serverCommand(String action, String name, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(WLP.resolve("bin/server").toString(), action, name)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(WLP.resolve("it-server-commands.log").toFile()));
        builder.environment().putAll(environment);
        try {
            int exit = builder.start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("server " + action + " " + name + " exited with " + exit
                        + "; see " + WLP.resolve("it-server-commands.log") + " and " + WLP.resolve("usr/servers").resolve(name).resolve("logs"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitReady() {
        awaitReady(Integer.parseInt(System.getProperty("it.http.port")));
    }

    private static void awaitReady(int port) {
        HttpClient client = HttpClient.newHttpClient();
        URI ready = URI.create("http://localhost:" + port + "/health/ready");
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (client.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // the port opens a moment after the server reports it started
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Eventually.pause();
        }
        throw new IllegalStateException("The test server was not ready within " + READY_TIMEOUT + "; see " + SERVER.resolve("logs"));
    }

    private static String randomHex() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The files of liberty/ as the build copied them: server.xml, the files it includes, jvm.options. */
    private static boolean isConfiguration(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".xml") || name.equals("jvm.options");
    }

}
