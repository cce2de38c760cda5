package com.myhomecontrol.devices.boundary;

import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.LibertyServer;
import jakarta.json.JsonObject;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.myhomecontrol.it.Api.User.VIEWER;

/** What the device tests ask the server and how they start it. */
final class DevicesApi {

    private DevicesApi() {
    }

    /** GET /api/devices, as a viewer. */
    static List<JsonObject> devices() {
        return Api.parse(Api.get("/api/devices", VIEWER)).asJsonArray().getValuesAs(JsonObject.class);
    }

    /** GET /api/weather/stations, as a viewer: the stored series of each station module. */
    static List<JsonObject> weatherSeries() {
        return Api.parse(Api.get("/api/weather/stations", VIEWER)).asJsonArray().getValuesAs(JsonObject.class);
    }

    /** When each device's poll was last claimed, by device id, from the table poll_claims of the test server's PostgreSQL. */
    static Map<String, Instant> pollClaims() {
        return pollClaims(testServersDatabase());
    }

    /** The test server's PostgreSQL database, to ask while the server is stopped. */
    static DataSource testServersDatabase() {
        return LibertyServer.postgres().dataSource(LibertyServer.postgresDatabase());
    }

    static Map<String, Instant> pollClaims(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT device_id, claimed_at FROM poll_claims")) {
            Map<String, Instant> claims = new HashMap<>();
            while (rows.next()) {
                claims.put(rows.getString(1), rows.getTimestamp(2).toInstant());
            }
            return claims;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lets the Netatmo account start again from the environment's refresh token. */
    static void removeNetatmoTokenFile() {
        try {
            Files.deleteIfExists(LibertyServer.dataDirectory().resolve("netatmo-token"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An environment with some variables set otherwise. */
    static Map<String, String> with(Map<String, String> environment, String... namesAndValues) {
        Map<String, String> changed = new HashMap<>(environment);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            changed.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return changed;
    }
}
