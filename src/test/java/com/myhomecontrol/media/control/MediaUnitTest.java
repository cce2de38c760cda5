package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.Analysis;
import com.myhomecontrol.media.entity.AnalysisRow;
import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.Medium;
import com.myhomecontrol.media.entity.MediumKey;
import com.myhomecontrol.media.entity.RecordingRow;
import com.myhomecontrol.media.entity.SnapshotRow;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import static com.myhomecontrol.media.control.MediaDatabases.execute;
import static com.myhomecontrol.media.control.MediaSamples.ACCEPTED;
import static com.myhomecontrol.media.control.MediaSamples.T;
import static com.myhomecontrol.media.control.MediaSamples.json;
import static com.myhomecontrol.platform.control.SqliteFiles.longValue;
import static com.myhomecontrol.platform.control.SqliteFiles.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The media persistence unit in Java SE, resource-local, on a real PostgreSQL with the Flyway schema. */
class MediaUnitTest {

    private static final JsonObject METADATA = json(
            "{\"zone\":\"porch\",\"fps\":25,\"score\":2.50,\"tags\":[\"night\",\"doorbell\"],\"nested\":{\"k\":null},\"ok\":true}");

    /** A port nothing listens on: a connection to it is refused. */
    private static final int FREE_PORT = freePort();

    private static DataSource database;
    private static EntityManagerFactory unit;

    @BeforeAll
    static void openUnit() {
        database = MediaDatabases.migrated("media_unit");
        unit = MediaUnit.outsideServer(database);
    }

    @AfterAll
    static void closeUnit() {
        unit.close();
    }

    @BeforeEach
    void emptyDatabase() {
        execute(database, "TRUNCATE recordings, snapshots, ai_analysis, camera_media_totals");
    }

    @Test
    void theEntitiesReadWhatTheJdbcWriterWrote() throws SQLException {
        Medium recording = MediaSamples.recording("rec-1", "front door", T);
        Medium snapshot = MediaSamples.snapshot("snap-1", "garage", T.plusSeconds(5));
        Analysis analysis = MediaSamples.analysis(UUID.randomUUID(), recording.key(), "person", 0.875, T.plusSeconds(1));
        try (Connection connection = database.getConnection()) {
            PostgresMediaWriter writer = new PostgresMediaWriter();
            writer.upsert(connection, List.of(recording, snapshot));
            writer.writeAnalyses(connection, List.of(analysis));
        }

        EntityManager entities = unit.createEntityManager();
        try {
            assertEquals(recording, MediaEntities.medium(entities.find(RecordingRow.class, "rec-1")));
            assertEquals(snapshot, MediaEntities.medium(entities.find(SnapshotRow.class, "snap-1")));
            assertEquals(analysis, MediaEntities.analysis(entities.find(AnalysisRow.class, analysis.analysisId())));
            assertNull(entities.find(RecordingRow.class, "snap-1"));
        } finally {
            entities.close();
        }
    }

    @Test
    void theConverterWritesJsonbThatContainmentFindsAndReadsItBack() {
        OffsetDateTime at = OffsetDateTime.ofInstant(ACCEPTED, ZoneOffset.UTC);
        UUID analysisId = UUID.randomUUID();
        inTransaction(entities -> {
            entities.persist(new RecordingRow("rec-jpa", "porch", "/media/porch/rec-jpa.mp4", 10, null, "motion", at,
                    false, true, METADATA, at));
            entities.persist(new SnapshotRow("snap-jpa", "porch", "/media/porch/snap-jpa.jpg", 5, at, json("{}"), at));
            entities.persist(new AnalysisRow(analysisId, "rec-jpa", "recording", "person", 0.5, at, METADATA, at));
        });

        assertEquals("object", text(database, "SELECT jsonb_typeof(metadata) FROM recordings WHERE recording_id = 'rec-jpa'"));
        assertEquals(1, longValue(database, "SELECT count(*) FROM recordings WHERE metadata @> '{\"tags\": [\"doorbell\"], \"nested\": {\"k\": null}}'"));
        assertEquals(1, longValue(database, "SELECT count(*) FROM ai_analysis WHERE details @> '{\"score\": 2.5}'"));
        assertEquals(1, longValue(database, "SELECT count(*) FROM snapshots WHERE metadata = '{}'::jsonb"));
        EntityManager entities = unit.createEntityManager();
        try {
            assertEquals(METADATA, entities.find(RecordingRow.class, "rec-jpa").getMetadata());
            assertEquals(METADATA, entities.find(AnalysisRow.class, analysisId).getDetails());
            assertEquals(json("{}"), entities.find(SnapshotRow.class, "snap-jpa").getMetadata());
        } finally {
            entities.close();
        }
        assertEquals(List.of(MediaEntities.analysis(new AnalysisRow(analysisId, "rec-jpa", "recording", "person", 0.5, at, METADATA, at))),
                MediaDatabases.store(database).analysesOf(new MediumKey(MediaKind.RECORDING, "rec-jpa")));
    }

    @Test
    void aReadAfterPostgresqlWentAwayFailsAtOnceAsAnOutage() {
        DataSource[] target = {database};
        DataSource switching = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    try {
                        return method.invoke(target[0], arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        EntityManagerFactory switchingUnit = MediaUnit.outsideServer(switching);
        try {
            PostgresMediaStore store = new PostgresMediaStore(switching, switchingUnit);
            MediumKey key = new MediumKey(MediaKind.RECORDING, "rec-1");
            assertEquals(Optional.empty(), store.find(key));
            PGSimpleDataSource away = new PGSimpleDataSource();
            away.setUrl("jdbc:postgresql://127.0.0.1:" + FREE_PORT + "/gone");
            target[0] = away;

            long start = System.nanoTime();
            assertThrows(PostgresUnavailableException.class, () -> store.find(key));
            Duration failed = Duration.ofNanos(System.nanoTime() - start);

            // EclipseLink's retries took 10 s here: a request that long is not a failover.
            assertTrue(failed.compareTo(Duration.ofSeconds(2)) < 0, "failed after " + failed);
            target[0] = database;
            assertEquals(Optional.empty(), store.find(key), "reads again once PostgreSQL is back");
        } finally {
            switchingUnit.close();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void inTransaction(Consumer<EntityManager> work) {
        EntityManager entities = unit.createEntityManager();
        try {
            entities.getTransaction().begin();
            work.accept(entities);
            entities.getTransaction().commit();
        } finally {
            entities.close();
        }
    }
}
