package com.myhomecontrol.platform.control;

import com.myhomecontrol.it.TestPostgres;
import com.myhomecontrol.platform.entity.SchemaTooNewException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaMigrationsTest {

    private static final String NEWEST_APPLIED =
            "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1";

    @TempDir
    Path directory;

    @Test
    void aTimeseriesFileMigratedByANewerPlatformIsRefusedNamingBothVersions() {
        DataSource store = SqliteFiles.migrated(directory);
        String newestKnown = SqliteFiles.text(store, NEWEST_APPLIED);
        addFutureMigration(store, "1");

        var refusal = assertThrows(SchemaTooNewException.class,
                () -> SchemaMigrations.migrate(store, SchemaMigrations.TIMESERIES));

        assertNamesBothVersions(refusal, newestKnown);
    }

    @Test
    void aMediaDatabaseMigratedByANewerPlatformIsRefusedNamingBothVersions() {
        TestPostgres.Server server = TestPostgres.shared();
        DataSource media = server.dataSource(server.createDatabase("schema_too_new"));
        SchemaMigrations.migrate(media, SchemaMigrations.MEDIA);
        String newestKnown = SqliteFiles.text(media, NEWEST_APPLIED);
        addFutureMigration(media, "true");

        var refusal = assertThrows(SchemaTooNewException.class,
                () -> SchemaMigrations.migrate(media, SchemaMigrations.MEDIA));

        assertNamesBothVersions(refusal, newestKnown);
        assertEquals("99", SqliteFiles.text(media, NEWEST_APPLIED), "nothing migrated");
    }

    @Test
    void aSchemaAtTheNewestVersionMigratesAgainWithoutChange() {
        DataSource store = SqliteFiles.migrated(directory);

        assertEquals(0, SchemaMigrations.migrate(store, SchemaMigrations.TIMESERIES).migrationsExecuted);
        assertEquals(0, SchemaMigrations.pending(store, SchemaMigrations.TIMESERIES).length);
    }

    private static void assertNamesBothVersions(SchemaTooNewException refusal, String newestKnown) {
        assertTrue(refusal.getMessage().contains("version 99,") && refusal.getMessage().contains("version " + newestKnown + ","),
                refusal.getMessage());
    }

    private static void addFutureMigration(DataSource dataSource, String success) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, execution_time, success) SELECT MAX(installed_rank) + 1, '99', 'from the future', 'SQL',"
                    + " 'V99__from_the_future.sql', 1, 'test', 1, " + success + " FROM flyway_schema_history");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
