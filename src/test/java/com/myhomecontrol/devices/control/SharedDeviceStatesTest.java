package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.DeviceStatus;
import com.myhomecontrol.devices.entity.ModuleState;
import com.myhomecontrol.devices.entity.PlugComponent;
import com.myhomecontrol.it.TestPostgres;
import com.myhomecontrol.platform.control.ConfiguredPostgres;
import com.myhomecontrol.platform.control.SchemaMigrations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two servers sharing one PostgreSQL show each other's polls, the newest of each device, field for field. */
class SharedDeviceStatesTest {

    private static final Instant POLLED = Instant.parse("2026-12-03T10:00:00Z");

    private DataSource database;
    private SharedDeviceStates first;
    private SharedDeviceStates second;

    @BeforeEach
    void twoServersOnOneDatabase() {
        TestPostgres.Server server = TestPostgres.shared();
        database = server.dataSource(server.createDatabase("device_states"));
        SchemaMigrations.migrate(database, SchemaMigrations.MEDIA);
        first = server(database);
        second = server(database);
    }

    @Test
    void aPollOnOneServerIsShownByTheOtherAsItWas() {
        DeviceStatus status = new DeviceStatus("aircon", "tapo_plug", "klap", false, "degraded", POLLED, null,
                POLLED.plusSeconds(10), 42, List.of("voltage_v: the plug refused get_emeter_data"), "P115", "1.0", "1.2.3",
                "Aircon", "AA-BB", List.of(new PlugComponent("energy_monitoring", 2)), List.of("power_w", "daily_energy_kwh"),
                List.<ModuleState>of());

        first.polled(status, POLLED);
        second.refresh();

        var shared = second.newest().get("aircon");
        assertEquals(status, shared.status());
        assertEquals(POLLED, shared.polledAt());
    }

    @Test
    void anOlderPollNeverReplacesANewerOne() {
        first.polled(status("online"), POLLED.plusSeconds(10));
        second.polled(status("offline"), POLLED);
        first.refresh();

        assertEquals("online", first.newest().get("aircon").status().status());
        assertTrue(first.newest().get("aircon").polledAt().equals(POLLED.plusSeconds(10)));
    }

    private static DeviceStatus status(String state) {
        return new DeviceStatus("aircon", "tapo_plug", "klap", false, state, null, null, null, 0, List.of(), null, null, null,
                null, null, List.of(), List.of(), List.of());
    }

    private static SharedDeviceStates server(DataSource database) {
        SharedDeviceStates states = new SharedDeviceStates();
        states.database = database;
        states.postgres = ConfiguredPostgres.configured();
        return states;
    }
}
