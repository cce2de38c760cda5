package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.DeviceStatus;
import com.myhomecontrol.devices.entity.SharedDeviceState;
import com.myhomecontrol.platform.control.PostgresDatabase;
import com.myhomecontrol.platform.control.RecurringFailureLog;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The device states of the servers sharing the PostgreSQL database, in its table device_states:
 * each poll's state is written there by the server that polled, and every server reads them all
 * every {@link #REFRESH_SECONDS} s in the background, so that showing them never waits for the
 * database (nor fails while it is away: the states last read stay). Without PostgreSQL there is one
 * server and nothing to share. A failing write or read costs only the sharing, never a poll; it is
 * logged when it starts failing, and when it works again.
 */
@ApplicationScoped
public class SharedDeviceStates implements DeviceStateShare {

    static final long REFRESH_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(SharedDeviceStates.class.getName());
    private static final String UPSERT = """
            INSERT INTO device_states (device_id, polled_at, server, status) VALUES (?, ?, ?, ?)
            ON CONFLICT (device_id) DO UPDATE SET polled_at = excluded.polled_at, server = excluded.server, status = excluded.status
            WHERE device_states.polled_at <= excluded.polled_at
            """;

    @Resource(lookup = PostgresDatabase.JNDI_NAME)
    DataSource database;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    PostgresDatabase postgres;

    private final Jsonb jsonb = JsonbBuilder.create();
    private final String server = ManagementFactory.getRuntimeMXBean().getName();
    private volatile Map<String, SharedDeviceState> newest = Map.of();
    private final RecurringFailureLog failures = new RecurringFailureLog(LOG, "The device states are shared with the other servers again");
    private ScheduledFuture<?> refreshes;

    @PostConstruct
    void refreshInBackground() {
        if (postgres.configured()) {
            refreshes = scheduler.scheduleWithFixedDelay(this::refresh, 0, REFRESH_SECONDS, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (refreshes != null) {
            refreshes.cancel(false);
        }
    }

    @Override
    public void polled(DeviceStatus status, Instant polledAt) {
        if (!postgres.configured()) {
            return;
        }
        try (Connection connection = database.getConnection(); PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setString(1, status.deviceId());
            upsert.setTimestamp(2, Timestamp.from(polledAt));
            upsert.setString(3, server);
            upsert.setObject(4, jsonb.toJson(status), Types.OTHER);
            upsert.executeUpdate();
            failures.worked();
        } catch (SQLException | RuntimeException e) {
            failures.failed("The state of " + status.deviceId() + " cannot be shared with the other servers", e);
        }
    }

    @Override
    public Map<String, SharedDeviceState> newest() {
        return newest;
    }

    void refresh() {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT device_id, polled_at, server, status::text FROM device_states");
             ResultSet rows = select.executeQuery()) {
            Map<String, SharedDeviceState> read = new HashMap<>();
            while (rows.next()) {
                read.put(rows.getString(1), new SharedDeviceState(jsonb.fromJson(rows.getString(4), DeviceStatus.class),
                        rows.getTimestamp(2).toInstant(), rows.getString(3)));
            }
            newest = Map.copyOf(read);
            failures.worked();
        } catch (SQLException | RuntimeException e) {
            failures.failed("The device states of the other servers cannot be read; those last read are shown", e);
        }
    }
}
