package com.myhomecontrol.maintenance;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Another program that has the SQLite store open, as the server has: it reads once, says "open",
 * and keeps the connection until its standard input closes. Run in a process of its own, since a
 * process never conflicts with its own SQLite locks.
 */
public final class StoreHolder {

    private StoreHolder() {
    }

    public static void main(String[] args) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
             Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT count(*) FROM energy_timeseries").close();
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // holds the connection until the test closes the pipe
            }
        }
    }

    /** Starts a holder of {@code store} and returns once it has the store open. */
    public static Process start(Path store) throws IOException {
        String classPath = String.join(File.pathSeparator, location(StoreHolder.class), location(org.sqlite.JDBC.class));
        Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp", classPath,
                StoreHolder.class.getName(), store.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line = new BufferedReader(new InputStreamReader(process.getInputStream())).readLine();
        if (!"open".equals(line)) {
            process.destroy();
            throw new IllegalStateException("The store holder did not open " + store + ": " + line);
        }
        return process;
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
