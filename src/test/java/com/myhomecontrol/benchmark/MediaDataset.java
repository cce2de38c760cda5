package com.myhomecontrol.benchmark;

import com.myhomecontrol.it.TestPostgres;
import com.myhomecontrol.platform.control.SchemaMigrations;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A year of a household's camera media in PostgreSQL: a million recordings of eight cameras and
 * three million AI analyses of them, made by SQL on the server (generate_series, values drawn
 * from hashes of the row number, so every build is the same) in the database
 * {@value #DATABASE}, on the schema of the real Flyway migration. Built once, then reused while
 * its description, its row counts and its camera totals still match.
 */
final class MediaDataset {

    static final String DATABASE = "homecontrol_benchmark";
    static final int RECORDINGS = 1_000_000;
    static final int ANALYSES = 3_000_000;
    static final Instant START = Instant.parse("2025-12-01T00:00:00Z");
    /** 365 days over a million recordings: one every 31.536 s, each moved on by up to 20 s. */
    static final long STEP_MILLIS = 31_536;
    static final List<String> CAMERAS = List.of("front-door", "driveway", "garage", "backyard", "garden",
            "living-room", "kitchen", "nursery");
    /** Which camera a recording is by, 1 in 16 each: the front door and the driveway record most, the nursery least. */
    private static final int[] CAMERA_SHARES = {0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 7};
    private static final List<String> RESOLUTIONS = List.of("2560x1440", "3840x2160", "1920x1080", "2560x1440",
            "1920x1080", "1920x1080", "1280x720", "1920x1080");
    private static final List<String> ZONES = List.of("entrance", "porch", "walkway", "driveway", "street", "garage_door",
            "lawn", "patio", "pool", "hallway", "stairs", "crib");
    /** One recording in 200 has a licence plate read, one of 50 plates: about 100 recordings a plate. */
    static final int PLATE_ONE_IN = 200;
    static final int PLATES = 50;
    private static final String DESCRIPTION = String.format(Locale.ROOT,
            "v1: %,d recordings of %d cameras from %s every %,d ms, %,d analyses, plates 1 in %d of %d",
            RECORDINGS, CAMERAS.size(), START, STEP_MILLIS, ANALYSES, PLATE_ONE_IN, PLATES);

    private final TestPostgres.Server server;
    private final DatasetBuild build;

    private MediaDataset(TestPostgres.Server server, DatasetBuild build) {
        this.server = server;
        this.build = build;
    }

    /** The dataset on {@code server} when it is complete, else a new one built there. */
    static MediaDataset obtain(TestPostgres.Server server) throws Exception {
        Properties built = record(server);
        if (built != null && DESCRIPTION.equals(built.getProperty("description")) && complete(server.dataSource(DATABASE))) {
            return new MediaDataset(server, DatasetBuild.reusedFrom(built));
        }
        System.out.println("Building the media dataset in database " + DATABASE + " on " + server.url(DATABASE) + " ...");
        recreate(server, DATABASE);
        long begin = System.nanoTime();
        DataSource dataSource = server.dataSource(DATABASE);
        SchemaMigrations.migrate(dataSource, SchemaMigrations.MEDIA);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            load(connection, sql);
        }
        if (!complete(dataSource)) {
            throw new IllegalStateException("The media dataset just built is not complete: counts or camera totals differ");
        }
        DatasetBuild build = DatasetBuild.now(Duration.ofNanos(System.nanoTime() - begin));
        StringWriter text = new StringWriter();
        build.properties(DESCRIPTION).store(text, null);
        onServer(server, "COMMENT ON DATABASE " + DATABASE + " IS '" + text.toString().replace("'", "''") + "'");
        System.out.printf(Locale.ROOT, "Built the media dataset in %.1f s%n", build.buildTime().toMillis() / 1000.0);
        return new MediaDataset(server, build);
    }

    static String description() {
        return String.format(Locale.ROOT, "%,d recordings of %d cameras (%s), one every %.3f s on average over 365 days from %s, "
                        + "most cameras recording more than others; recording types motion 70 %%, automatic 20 %%, on demand 8 %%, "
                        + "emergency 2 %%, 3 %% unusual. Each has a metadata object such as `%s` "
                        + "(resolution and fps by camera, codec, one of %d zones, tags day/night, rain, doorbell, alarm, "
                        + "detected objects, trigger, firmware, an event id shared by 4 recordings, and in one recording of %d a licence "
                        + "plate, one of %d). %,d AI analyses, each of a recording drawn at random (about 3 a recording, "
                        + "Poisson-like, some none): person 35 %%, vehicle 25 %%, animal 15 %%, package 10 %%, face 10 %%, motion 5 %%, "
                        + "confidence 0.35 to 1, detected within a minute of the recording, details such as `%s`",
                RECORDINGS, CAMERAS.size(), String.join(", ", CAMERAS), STEP_MILLIS / 1000.0, START,
                "{\"fps\": 25, \"tags\": [\"night\", \"doorbell\"], \"zone\": \"porch\", \"codec\": \"h265\", \"plate\": \"HH-MC 117\", "
                        + "\"objects\": [\"person\", \"package\"], \"trigger\": \"pir\", \"event_id\": \"evt-041234\", \"firmware\": \"v2.5.1\", "
                        + "\"resolution\": \"2560x1440\"}",
                ZONES.size(), PLATE_ONE_IN, PLATES, ANALYSES,
                "{\"bbox\": [412, 168, 220, 540], \"frame\": 311, \"label\": \"adult\", \"model\": \"yolov8s\", \"track_id\": 77, "
                        + "\"model_version\": \"2025.11\"}");
    }

    /** A plate that some recordings carry: the value of a selective metadata search. */
    static String plate(int index) {
        return "HH-MC " + (100 + index % PLATES);
    }

    TestPostgres.Server server() {
        return server;
    }

    DataSource dataSource() {
        return server.dataSource(DATABASE);
    }

    DatasetBuild build() {
        return build;
    }

    /** Drops the database if it exists (closing its connections) and creates it empty. */
    static void recreate(TestPostgres.Server server, String database) throws SQLException {
        drop(server, database);
        onServer(server, "CREATE DATABASE " + database);
    }

    /** Drops the database if it exists, closing its connections. */
    static void drop(TestPostgres.Server server, String database) throws SQLException {
        onServer(server, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    private static void onServer(TestPostgres.Server server, String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.url("postgres"), server.user(), server.password());
             Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    /**
     * Loads both tables in one transaction with their secondary indexes dropped and made again
     * afterwards from their own definitions (faster than keeping them up row by row), and with
     * the per-row totals trigger off: the camera totals are then computed from the rows, exactly.
     */
    private static void load(Connection connection, Statement sql) throws SQLException {
        sql.execute("SET maintenance_work_mem = '512MB'");
        connection.setAutoCommit(false);
        Map<String, String> indexes = new LinkedHashMap<>();
        try (ResultSet rows = sql.executeQuery("SELECT i.indexname, i.indexdef FROM pg_indexes i"
                + " JOIN pg_class c ON c.relname = i.indexname JOIN pg_index x ON x.indexrelid = c.oid"
                + " WHERE i.schemaname = current_schema() AND i.tablename IN ('recordings', 'ai_analysis') AND NOT x.indisprimary")) {
            while (rows.next()) {
                indexes.put(rows.getString(1), rows.getString(2));
            }
        }
        for (String index : indexes.keySet()) {
            sql.execute("DROP INDEX " + index);
        }
        sql.execute("ALTER TABLE recordings DISABLE TRIGGER recordings_totals");
        timed("recordings", () -> sql.execute(recordingsSql()));
        timed("analyses", () -> sql.execute(analysesSql()));
        sql.execute("DELETE FROM camera_media_totals WHERE media_type = 'recording'");
        sql.execute("INSERT INTO camera_media_totals (camera_id, media_type, media_count, size_bytes, emergency, unusual)"
                + " SELECT camera_id, 'recording', count(*), sum(file_size_bytes), count(*) FILTER (WHERE is_emergency),"
                + " count(*) FILTER (WHERE is_unusual) FROM recordings GROUP BY camera_id");
        sql.execute("ALTER TABLE recordings ENABLE TRIGGER recordings_totals");
        for (Map.Entry<String, String> index : indexes.entrySet()) {
            timed("index " + index.getKey(), () -> sql.execute(index.getValue()));
        }
        connection.commit();
        connection.setAutoCommit(true);
        timed("VACUUM ANALYZE", () -> sql.execute("VACUUM (ANALYZE) recordings, ai_analysis, camera_media_totals"));
    }

    /** Complete: the migration applied, both row counts as described, and the camera totals exactly those of the rows. */
    private static boolean complete(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            return single(sql, "SELECT count(*) FROM flyway_schema_history WHERE NOT success") == 0
                    && single(sql, "SELECT count(*) FROM recordings") == RECORDINGS
                    && single(sql, "SELECT count(*) FROM ai_analysis") == ANALYSES
                    && single(sql, "SELECT count(*) FROM ("
                    + "(SELECT camera_id, media_count, size_bytes, emergency, unusual FROM camera_media_totals WHERE media_type = 'recording'"
                    + " EXCEPT SELECT camera_id, count(*), sum(file_size_bytes), count(*) FILTER (WHERE is_emergency),"
                    + " count(*) FILTER (WHERE is_unusual) FROM recordings GROUP BY camera_id)"
                    + " UNION ALL (SELECT camera_id, count(*), sum(file_size_bytes), count(*) FILTER (WHERE is_emergency),"
                    + " count(*) FILTER (WHERE is_unusual) FROM recordings GROUP BY camera_id"
                    + " EXCEPT SELECT camera_id, media_count, size_bytes, emergency, unusual FROM camera_media_totals WHERE media_type = 'recording')"
                    + ") AS differing") == 0;
        } catch (SQLException e) {
            return false;
        }
    }

    private static Properties record(TestPostgres.Server server) throws SQLException, IOException {
        try (Connection connection = server.dataSource("postgres").getConnection(); Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '" + DATABASE + "'")) {
            if (!row.next() || row.getString(1) == null) {
                return null;
            }
            Properties record = new Properties();
            record.load(new StringReader(row.getString(1)));
            return record;
        }
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** A number drawn from the hash of {@code var} in stream {@code stream}: from 0 to {@code bound} - 1. */
    private static String draw(String var, int stream, int bound) {
        return "((hashint8extended(" + var + ", " + stream + ") & 2147483647) % " + bound + ")";
    }

    /** When recording number {@code var} began. */
    private static String recordingTime(String var) {
        return "(TIMESTAMPTZ '" + START + "' + (" + var + " * " + STEP_MILLIS + " + " + draw(var, 1, 20_000) + ") * INTERVAL '1 millisecond')";
    }

    private static String array(List<String> values) {
        return "ARRAY['" + String.join("', '", values) + "']";
    }

    private static String recordingsSql() {
        List<String> shares = new ArrayList<>();
        for (int share : CAMERA_SHARES) {
            shares.add(String.valueOf(share));
        }
        return "INSERT INTO recordings (recording_id, camera_id, file_path, file_size_bytes, duration_seconds, recording_type,"
                + " timestamp, is_emergency, is_unusual, metadata, created_at)"
                + " SELECT id, camera, '/srv/homecontrol/media/recordings/' || camera || '/' || to_char(ts AT TIME ZONE 'UTC', 'YYYY/MM/DD/HH24MISS')"
                + "   || '_' || id || '.mp4',"
                + " (duration * bitrate / 8)::bigint, duration, type, ts, type = 'emergency', unusual,"
                + " jsonb_strip_nulls(jsonb_build_object("
                + "   'resolution', resolution, 'fps', CASE WHEN c % 2 = 0 THEN 25 ELSE 15 END,"
                + "   'codec', CASE WHEN " + draw("k", 8, 3) + " = 0 THEN 'h264' ELSE 'h265' END,"
                + "   'zone', (" + array(ZONES) + ")[1 + " + draw("k", 9, ZONES.size()) + "],"
                + "   'tags', to_jsonb(array_remove(ARRAY["
                + "       CASE WHEN extract(hour FROM ts AT TIME ZONE 'UTC') BETWEEN 6 AND 19 THEN 'day' ELSE 'night' END,"
                + "       CASE WHEN " + draw("k", 10, 8) + " = 0 THEN 'rain' END,"
                + "       CASE WHEN c = 0 AND " + draw("k", 11, 4) + " = 0 THEN 'doorbell' END,"
                + "       CASE WHEN type = 'emergency' THEN 'alarm' END], NULL)),"
                + "   'objects', to_jsonb(array_remove(ARRAY["
                + "       CASE WHEN " + draw("k", 12, 100) + " < 45 THEN 'person' END,"
                + "       CASE WHEN " + draw("k", 13, 100) + " < 25 THEN 'car' END,"
                + "       CASE WHEN " + draw("k", 14, 100) + " < 10 THEN 'cat' END,"
                + "       CASE WHEN " + draw("k", 15, 100) + " < 5 THEN 'dog' END,"
                + "       CASE WHEN " + draw("k", 16, 100) + " < 6 THEN 'package' END], NULL)),"
                + "   'trigger', CASE type WHEN 'motion' THEN 'pir' WHEN 'automatic' THEN 'schedule' WHEN 'on_demand' THEN 'app'"
                + "       ELSE 'alarm_panel' END,"
                + "   'firmware', 'v2.' || (3 + c % 3) || '.' || (c % 2),"
                + "   'event_id', 'evt-' || lpad((k / 4)::text, 6, '0'),"
                + "   'plate', CASE WHEN " + draw("k", 18, PLATE_ONE_IN) + " = 0 THEN 'HH-MC ' || (100 + " + draw("k", 19, PLATES) + ") END)),"
                + " ts + (duration + 2) * INTERVAL '1 second'"
                + " FROM (SELECT k, c, 'rec-' || lpad(k::text, 7, '0') AS id, (" + array(CAMERAS) + ")[1 + c] AS camera,"
                + "         (" + array(RESOLUTIONS) + ")[1 + c] AS resolution,"
                + "         CASE (" + array(RESOLUTIONS) + ")[1 + c] WHEN '3840x2160' THEN 16000000 WHEN '2560x1440' THEN 8000000"
                + "             WHEN '1920x1080' THEN 4000000 ELSE 2000000 END AS bitrate,"
                + "         " + recordingTime("k") + " AS ts,"
                + "         8 + " + draw("k", 3, 292) + " + " + draw("k", 4, 1000) + " / 1000.0 AS duration,"
                + "         CASE WHEN " + draw("k", 5, 100) + " < 2 THEN 'emergency' WHEN " + draw("k", 5, 100) + " < 10 THEN 'on_demand'"
                + "             WHEN " + draw("k", 5, 100) + " < 30 THEN 'automatic' ELSE 'motion' END AS type,"
                + "         " + draw("k", 6, 100) + " < 3 AS unusual"
                + "       FROM (SELECT k, (ARRAY[" + String.join(", ", shares) + "])[1 + " + draw("k", 2, CAMERA_SHARES.length) + "] AS c"
                + "             FROM generate_series(0::bigint, " + (RECORDINGS - 1) + ") AS k) AS numbered) AS r";
    }

    private static String analysesSql() {
        return "INSERT INTO ai_analysis (analysis_id, media_id, media_type, analysis_type, confidence, detected_at, details, created_at)"
                + " SELECT md5('analysis-' || j)::uuid, 'rec-' || lpad(k::text, 7, '0'), 'recording', type,"
                + " 0.35 + " + draw("j", 22, 6501) + " / 10000.0, detected,"
                + " jsonb_build_object("
                + "   'model', CASE type WHEN 'face' THEN 'arcface-r100' ELSE 'yolov8s' END, 'model_version', '2025.11',"
                + "   'label', CASE type"
                + "       WHEN 'person' THEN (ARRAY['adult', 'child'])[1 + " + draw("j", 23, 2) + "]"
                + "       WHEN 'vehicle' THEN (ARRAY['car', 'van', 'truck', 'bicycle', 'motorcycle'])[1 + " + draw("j", 23, 5) + "]"
                + "       WHEN 'animal' THEN (ARRAY['cat', 'dog', 'fox', 'bird', 'hedgehog'])[1 + " + draw("j", 23, 5) + "]"
                + "       WHEN 'package' THEN (ARRAY['box', 'envelope', 'bag'])[1 + " + draw("j", 23, 3) + "]"
                + "       WHEN 'face' THEN (ARRAY['known', 'unknown'])[1 + " + draw("j", 23, 2) + "]"
                + "       ELSE 'motion' END,"
                + "   'bbox', jsonb_build_array(" + draw("j", 24, 1600) + ", " + draw("j", 25, 900) + ", 20 + " + draw("j", 26, 400)
                + "       + 0, 20 + " + draw("j", 27, 600) + "),"
                + "   'frame', " + draw("j", 28, 900) + ", 'track_id', " + draw("j", 29, 200) + "),"
                + " detected + INTERVAL '1.5 seconds'"
                + " FROM (SELECT j, k, " + recordingTime("k") + " + " + draw("j", 30, 60_000) + " * INTERVAL '1 millisecond' AS detected,"
                + "         CASE WHEN " + draw("j", 21, 100) + " < 35 THEN 'person' WHEN " + draw("j", 21, 100) + " < 60 THEN 'vehicle'"
                + "             WHEN " + draw("j", 21, 100) + " < 75 THEN 'animal' WHEN " + draw("j", 21, 100) + " < 85 THEN 'package'"
                + "             WHEN " + draw("j", 21, 100) + " < 95 THEN 'face' ELSE 'motion' END AS type"
                + "       FROM (SELECT j, " + draw("j", 20, RECORDINGS) + " AS k FROM generate_series(0::bigint, " + (ANALYSES - 1) + ") AS j) AS drawn) AS a";
    }

    @FunctionalInterface
    private interface Step {
        void run() throws SQLException;
    }

    private static void timed(String what, Step step) throws SQLException {
        long begin = System.nanoTime();
        step.run();
        System.out.printf(Locale.ROOT, "  %s: %.1f s%n", what, (System.nanoTime() - begin) / 1e9);
    }
}
