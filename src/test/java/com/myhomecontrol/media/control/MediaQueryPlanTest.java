package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.AnalysisFilter;
import com.myhomecontrol.media.entity.MediaFilter;
import com.myhomecontrol.media.entity.MediaKind;
import jakarta.json.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statements the store really sends, explained by PostgreSQL on tables of some size:
 * containment searches go through the GIN indexes, a camera's listing reads an index in order.
 */
class MediaQueryPlanTest {

    private static DataSource dataSource;

    @BeforeAll
    static void twentyThousandRecordingsWithAnalyses() throws SQLException {
        dataSource = MediaDatabases.migrated("media_plans");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO recordings (recording_id, camera_id, file_path, file_size_bytes, recording_type, timestamp, metadata)
                    SELECT 'rec-' || i, 'cam-' || (i % 8), '/media/' || i || '.mp4', 1000, 'motion',
                           now() - i * interval '1 minute',
                           jsonb_build_object('zone', 'zone-' || (i % 50), 'serial', i, 'tags', jsonb_build_array('t' || (i % 7)))
                    FROM generate_series(1, 20000) AS i""");
            statement.execute("""
                    INSERT INTO ai_analysis (analysis_id, media_id, media_type, analysis_type, confidence, detected_at, details)
                    SELECT gen_random_uuid(), 'rec-' || i, 'recording', 'person', 0.5, now() - i * interval '1 minute',
                           jsonb_build_object('label', 'label-' || i)
                    FROM generate_series(1, 20000) AS i""");
            statement.execute("ANALYZE");
        }
    }

    @Test
    void aMetadataContainmentListingUsesTheGinIndex() throws SQLException {
        var filter = new MediaFilter(MediaKind.RECORDING, null, null, null, null, false, false, null, null,
                Json.createObjectBuilder().add("serial", 4242).build(), null, 50, false);
        assertPlanUses(MediaListSql.page(filter), "recordings_metadata_idx");
        assertPlanUses(MediaListSql.count(filter), "recordings_metadata_idx");
    }

    @Test
    void aDetailsContainmentSearchUsesTheGinIndex() throws SQLException {
        var filter = new AnalysisFilter(null, null, null, null, null,
                Json.createObjectBuilder().add("label", "label-4242").build(), null, 100);
        assertPlanUses(MediaListSql.analyses(filter), "ai_analysis_details_idx");
    }

    @Test
    void aCamerasListingReadsAnIndexInOrderInsteadOfSorting() throws SQLException {
        var filter = new MediaFilter(MediaKind.RECORDING, "cam-3", null, null, null, false, false, null, null, null, null, 50, true);
        String plan = assertPlanUses(MediaListSql.page(filter), "Index Scan using recordings_");
        assertFalse(plan.contains("Sort"), "no sort of the camera's recordings:\n" + plan);
    }

    private static String assertPlanUses(SqlStatement statement, String index) throws SQLException {
        String plan;
        try (Connection connection = dataSource.getConnection()) {
            plan = String.join("\n", MediaBenchmarkAccess.plan(connection, statement.prefixed("EXPLAIN (ANALYZE, COSTS OFF) ")));
        }
        assertTrue(plan.contains(index), "expected " + index + " in the plan:\n" + plan);
        return plan;
    }
}
