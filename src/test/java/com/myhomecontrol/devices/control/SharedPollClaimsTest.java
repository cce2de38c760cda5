package com.myhomecontrol.devices.control;

import com.myhomecontrol.devices.entity.DeviceStatus;
import com.myhomecontrol.it.Eventually;
import com.myhomecontrol.it.TestPostgres;
import com.myhomecontrol.platform.control.ConfiguredPostgres;
import com.myhomecontrol.platform.control.SchemaMigrations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two servers sharing one PostgreSQL claim each device's polls: one claim an interval between
 * them, the next free once most of the interval has passed, a server's first poll at once, and a
 * server that cannot ask polls.
 */
class SharedPollClaimsTest {

    private DataSource database;

    @BeforeEach
    void migratedDatabase() {
        TestPostgres.Server server = TestPostgres.shared();
        database = server.dataSource(server.createDatabase("poll_claims"));
        SchemaMigrations.migrate(database, SchemaMigrations.MEDIA);
    }

    @Test
    void oneServerGetsEachIntervalsClaimAndAnyGetsTheNextOnceMostOfTheIntervalIsOver() {
        SharedPollClaims first = server(database);
        SharedPollClaims second = server(database);
        PolledDevice aircon = device("aircon", Duration.ofMillis(300));
        PolledDevice fridge = device("fridge", Duration.ofMinutes(1));

        assertTrue(first.claim(aircon, false));
        assertFalse(second.claim(aircon, false), "claimed by the first in this interval");
        assertFalse(first.claim(aircon, false), "polled once an interval, by whichever server");
        assertTrue(second.claim(fridge, false), "each device has a claim of its own");

        Eventually.await(() -> second.claim(aircon, false), claimed -> claimed, "the next interval's claim", Duration.ofSeconds(5));
        assertFalse(first.claim(aircon, false));
    }

    @Test
    void aServersFirstPollOfADeviceTakesTheClaimAndTheOthersSkipTheirs() {
        SharedPollClaims running = server(database);
        SharedPollClaims started = server(database);
        PolledDevice netatmo = device("netatmo", Duration.ofMinutes(10));
        assertTrue(running.claim(netatmo, false));

        assertTrue(started.claim(netatmo, true), "a start polls at once, not nine minutes later");
        assertFalse(running.claim(netatmo, false));
        assertFalse(started.claim(netatmo, false));
    }

    @Test
    void withoutAnAnswerFromPostgresTheServerPolls() {
        PGSimpleDataSource away = new PGSimpleDataSource();
        away.setUrl("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1");

        SharedPollClaims claims = server(away);

        assertTrue(claims.claim(device("aircon", Duration.ofMinutes(1)), true));
        assertTrue(claims.claim(device("aircon", Duration.ofMinutes(1)), false));
    }

    private static PolledDevice device(String id, Duration interval) {
        return new PolledDevice(interval) {
            @Override
            public String deviceId() {
                return id;
            }

            @Override
            public DeviceStatus status() {
                throw new UnsupportedOperationException("a claim does not ask the status");
            }
        };
    }

    private static SharedPollClaims server(DataSource database) {
        SharedPollClaims claims = new SharedPollClaims();
        claims.database = database;
        claims.postgres = ConfiguredPostgres.configured();
        return claims;
    }
}
