package com.myhomecontrol.health.control;

import com.myhomecontrol.platform.control.TimeseriesDatabase;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheckResponse;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Asks the time-series database for its schema version and the writer for its backlog. */
@ApplicationScoped
public class TimeseriesProbe {

    @Resource(lookup = TimeseriesDatabase.JNDI_NAME)
    DataSource dataSource;

    @Inject
    TimeseriesDatabase database;

    @Inject
    TimeseriesWriter writer;

    public HealthCheckResponse check(String name) {
        var response = HealthCheckResponse.named(name)
                .withData("store", database.kind().setting()).withData("location", database.location());
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT version FROM flyway_schema_history WHERE success = TRUE ORDER BY installed_rank DESC LIMIT 1")) {
            rows.next();
            return response.status(writer.isRunning())
                    .withData("schema_version", String.valueOf(rows.getString(1)))
                    .withData("queued_writes", writer.queuedWrites())
                    .build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getMessage()).build();
        }
    }
}
