package com.myhomecontrol.devices.boundary;

import com.myhomecontrol.it.Api;
import com.myhomecontrol.it.LibertyServer;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

    /** The ids of the device poll timers in the persistent executor's task table (it holds the job schedules' too). */
    static List<Long> storedTimers() {
        var dataSource = LibertyServer.postgres().dataSource(LibertyServer.postgresDatabase());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM poll_timers.wlptask WHERE iname LIKE '%#DevicePollTimers' ORDER BY id")) {
            List<Long> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            return ids;
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
