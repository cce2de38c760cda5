package com.myhomecontrol.devices.control;

import com.myhomecontrol.platform.control.PostgresDatabase;
import com.myhomecontrol.platform.control.RecurringFailureLog;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * The poll claims of the servers sharing the PostgreSQL database, in its table poll_claims, on the
 * database's clock. A claim is refused while another poll of the device began within
 * {@link #SHARE_OF_INTERVAL} of its interval: so no two servers poll it in one interval, and a timer
 * firing late by less than the rest still polls. A server's first poll of a device takes the claim
 * whatever its age: a claim left by the server's previous run (a restart) or by a server that
 * polled it with other settings must not hold up a start by most of an interval (nine minutes of
 * a Netatmo account's ten); two servers may then both poll once, which loses nothing. When a claim
 * cannot be asked (PostgreSQL away, or not yet migrated) the server polls: polling twice loses
 * nothing, not polling would lose the readings. Without PostgreSQL there is one server and nothing
 * to claim.
 */
@ApplicationScoped
public class SharedPollClaims implements PollClaims {

    static final double SHARE_OF_INTERVAL = 0.9;

    private static final Logger LOG = Logger.getLogger(SharedPollClaims.class.getName());
    private static final String TAKE = """
            INSERT INTO poll_claims (device_id, server, claimed_at) VALUES (?, ?, clock_timestamp())
            ON CONFLICT (device_id) DO UPDATE SET server = excluded.server, claimed_at = excluded.claimed_at
            """;
    private static final String CLAIM = TAKE + """
            WHERE poll_claims.claimed_at <= excluded.claimed_at - make_interval(secs => ?)
            """;

    @Resource(lookup = PostgresDatabase.JNDI_NAME)
    DataSource database;

    @Inject
    PostgresDatabase postgres;

    private final String server = ManagementFactory.getRuntimeMXBean().getName();
    private final RecurringFailureLog failures = new RecurringFailureLog(LOG, "The devices' polls are claimed with the other servers again");

    @Override
    public boolean claim(PolledDevice device, boolean first) {
        if (!postgres.configured()) {
            return true;
        }
        try (Connection connection = database.getConnection(); PreparedStatement claim = connection.prepareStatement(first ? TAKE : CLAIM)) {
            claim.setString(1, device.deviceId());
            claim.setString(2, server);
            if (!first) {
                claim.setDouble(3, device.interval().toMillis() * SHARE_OF_INTERVAL / 1000.0);
            }
            boolean claimed = claim.executeUpdate() == 1;
            failures.worked();
            return claimed;
        } catch (SQLException | RuntimeException e) {
            failures.failed("The poll of " + device.deviceId() + " cannot be claimed with the other servers; this server polls it", e);
            return true;
        }
    }
}
