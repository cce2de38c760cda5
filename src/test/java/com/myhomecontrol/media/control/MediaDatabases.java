package com.myhomecontrol.media.control;

import com.myhomecontrol.it.TestPostgres;
import com.myhomecontrol.platform.control.SchemaMigrations;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Real PostgreSQL databases for the media tests: one of its own per test class, migrated to the newest schema. */
final class MediaDatabases {

    private MediaDatabases() {
    }

    /**
     * A new database with the media schema; its name starts with {@code prefix}. Its connections
     * are pooled, as Liberty pools them: a new connection for each of thousands of calls would make
     * the tests slow.
     */
    @SuppressWarnings("deprecation") // the driver's simple pool is enough for a test
    static DataSource migrated(String prefix) {
        TestPostgres.Server server = TestPostgres.shared();
        var dataSource = new org.postgresql.ds.PGPoolingDataSource();
        dataSource.setServerNames(new String[] {server.host()});
        dataSource.setPortNumbers(new int[] {server.port()});
        dataSource.setDatabaseName(server.createDatabase(prefix));
        dataSource.setUser(server.user());
        dataSource.setPassword(server.password());
        dataSource.setMaxConnections(4);
        SchemaMigrations.migrate(dataSource, SchemaMigrations.MEDIA);
        return dataSource;
    }

    /** The store over {@code dataSource}, its single-medium reads through the media unit on the same data source. */
    static PostgresMediaStore store(DataSource dataSource) {
        return new PostgresMediaStore(dataSource, MediaUnit.outsideServer(dataSource));
    }

    static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError("Statement failed: " + sql, e);
        }
    }
}
