package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.Analysis;
import com.myhomecontrol.media.entity.AnalysisFilter;
import com.myhomecontrol.media.entity.AnalysisPage;
import com.myhomecontrol.media.entity.Cursor;
import com.myhomecontrol.media.entity.MediaFilter;
import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.MediaPage;
import com.myhomecontrol.media.entity.Medium;
import com.myhomecontrol.media.entity.MediumKey;
import com.myhomecontrol.media.entity.RecordingType;
import com.myhomecontrol.platform.control.JsonProviders;
import com.myhomecontrol.platform.control.WrittenJson;
import com.myhomecontrol.platform.entity.InvalidInputException;
import com.myhomecontrol.platform.entity.NotFoundException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import static com.myhomecontrol.media.control.MediaSamples.ACCEPTED;
import static com.myhomecontrol.media.control.MediaSamples.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The journal stands in for PostgreSQL, so both must give the same answers: the same writes go to
 * a real PostgreSQL and to a journal, and every read is compared, as the API renders it.
 */
class MediaStoreParityTest {

    private static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");
    private static final List<String> CAMERAS = List.of("cam-1", "cam-2", "cam-3", "garage door");
    private static final List<String> ANALYSIS_TYPES = List.of("person", "vehicle", "animal", "package");
    private static final List<Double> CONFIDENCES = List.of(0.0, 0.5, 0.75, 0.9, 1.0);
    private static final List<String> METADATA_PATTERNS = List.of("{}", "{\"person\":true}", "{\"person\":false}",
            "{\"tags\":[\"x\"]}", "{\"tags\":[\"y\",\"x\"]}", "{\"score\":1}", "{\"score\":2.50}", "{\"nested\":{\"k\":\"v\"}}",
            "{\"zone\":\"front\",\"person\":true}", "{\"nested\":{}}", "{\"missing\":null}");
    private static final List<String> DETAILS_PATTERNS = List.of("{}", "{\"label\":\"a\"}", "{\"box\":[1]}",
            "{\"count\":2}", "{\"count\":2.0,\"label\":\"b\"}", "{\"box\":[]}");

    @TempDir
    static Path directory;

    private static PostgresMediaStore postgres;
    private static JournalMediaStore journal;
    private static JournalMediaStore reopened;
    private static final Set<MediumKey> everKnown = new LinkedHashSet<>();
    private static final Random random = new Random(42);

    @BeforeAll
    static void writeTheSameToBoth() throws IOException {
        postgres = MediaDatabases.store(MediaDatabases.migrated("media_parity"));
        journal = JournalMediaStore.open(directory);

        List<Medium> media = new ArrayList<>();
        for (int i = 0; i < 260; i++) {
            media.add(recording("m-" + i, i));
        }
        for (int i = 0; i < 140; i++) {
            media.add(snapshot("m-" + i, i));
        }
        // Ids that sort alike by UTF-16 unit and by UTF-8 byte, at one timestamp, to exercise the tie-break
        Instant tie = T0.plus(Duration.ofHours(3));
        for (String id : List.of("Z-1", "a-1", "_-1", "é-1", "ｚ-wide", "🎥-emoji", "\uFFFD-replacement")) {
            media.add(withTimestamp(recording(id, 1_000 + media.size()), tie));
            media.add(withTimestamp(snapshot(id, 1_000 + media.size()), tie));
        }
        java.util.Collections.shuffle(media, random);
        for (int from = 0; from < media.size(); ) {
            int to = Math.min(media.size(), from + 1 + random.nextInt(20));
            List<Medium> batch = media.subList(from, to);
            both(store -> {
                store.upsert(batch);
                return null;
            });
            batch.forEach(medium -> everKnown.add(medium.key()));
            from = to;
        }

        List<Analysis> analyses = new ArrayList<>();
        for (Medium medium : media) {
            if (random.nextInt(10) < 6) {
                List<Analysis> of = new ArrayList<>();
                for (int i = 1 + random.nextInt(4); i > 0; i--) {
                    of.add(analysis(new UUID(random.nextLong(), random.nextLong()), medium));
                }
                both(store -> {
                    store.addAnalyses(medium.key(), of);
                    return null;
                });
                analyses.addAll(of);
            }
        }

        // Upserts that replace earlier versions: another camera, flags, time and metadata, a later acceptance
        for (int i = 0; i < 60; i++) {
            Medium earlier = media.get(random.nextInt(media.size()));
            Medium later = earlier.kind() == MediaKind.RECORDING ? recording(earlier.id(), 5_000 + i) : snapshot(earlier.id(), 5_000 + i);
            Medium replaced = later.withCreatedAt(ACCEPTED.plus(Duration.ofDays(1)));
            both(store -> {
                store.upsert(List.of(replaced));
                return null;
            });
        }
        // One batch that names an id twice: the last item wins
        Medium twice = media.get(0);
        Medium first = twice.kind() == MediaKind.RECORDING ? recording(twice.id(), 7_001) : snapshot(twice.id(), 7_001);
        Medium last = twice.kind() == MediaKind.RECORDING ? recording(twice.id(), 7_002) : snapshot(twice.id(), 7_002);
        both(store -> {
            store.upsert(List.of(first, last));
            return null;
        });

        // Analyses given again by id replace the earlier ones, on the same medium
        for (int i = 0; i < 25; i++) {
            Analysis earlier = analyses.get(random.nextInt(analyses.size()));
            Analysis again = analysis(earlier.analysisId(), new Medium(earlier.medium().kind(), earlier.medium().id(), "x",
                    "/x", 0, null, null, earlier.detectedAt().plusSeconds(60), false, false, JsonValue.EMPTY_JSON_OBJECT, ACCEPTED));
            both(store -> {
                store.addAnalyses(earlier.medium(), List.of(again));
                return null;
            });
        }

        // Deletes, also of media that never were or are gone already
        for (int i = 0; i < 45; i++) {
            MediumKey key = i % 9 == 0 ? new MediumKey(MediaKind.values()[i % 2], "never-" + i)
                    : media.get(random.nextInt(media.size())).key();
            everKnown.add(key);
            both(store -> store.delete(key));
        }

        journal.journal().close();
        reopened = JournalMediaStore.open(directory);
    }

    @AfterAll
    static void close() throws IOException {
        reopened.journal().close();
    }

    @Test
    void listsEveryFilterAlikeThroughAllPages() {
        int compared = 0;
        for (MediaKind kind : MediaKind.values()) {
            for (MediaFilter filter : filters(kind)) {
                // Small pages for some filters only: each PostgreSQL call opens a connection
                int limit = compared % 4 == 0 ? 7 : 40;
                List<Object> all = pages(postgres, filter, 1_000);
                List<Object> paged = pages(postgres, filter, limit);
                for (MediaStore journalStore : List.of(journal, reopened)) {
                    assertEquals(all, pages(journalStore, filter, 1_000), () -> "one page of " + filter);
                    assertEquals(paged, pages(journalStore, filter, limit), () -> "pages of " + limit + " of " + filter);
                }
                compared++;
            }
        }
        assertTrue(compared > 250, "filters compared: " + compared);
    }

    @Test
    void pagingByCursorGivesEveryMediumOnceInOrder() {
        for (MediaKind kind : MediaKind.values()) {
            MediaFilter everything = filter(kind, null, null, null, null, false, false, null, null, null, true);
            MediaPage whole = postgres.list(withLimit(everything, 1_000));
            assertEquals(whole.total(), whole.media().size());
            for (MediaStore store : List.of(postgres, journal, reopened)) {
                List<Medium> paged = new ArrayList<>();
                Cursor after = null;
                do {
                    MediaPage page = store.list(new MediaFilter(kind, null, null, null, null, false, false, null, null,
                            null, after, 1, false));
                    assertEquals(whole.total(), page.total());
                    paged.addAll(page.media());
                    after = page.next();
                } while (after != null);
                assertEquals(whole.media().stream().map(Medium::key).toList(), paged.stream().map(Medium::key).toList());
                assertEquals(paged.size(), new HashSet<>(paged).size(), "no medium twice");
            }
            for (int i = 1; i < whole.media().size(); i++) {
                Medium before = whole.media().get(i - 1);
                Medium next = whole.media().get(i);
                assertTrue(new Cursor(before.timestamp(), before.id()).precedes(next.timestamp(), next.id()),
                        "newest first, then by id: " + before.id() + " before " + next.id());
            }
        }
    }

    @Test
    void searchesAnalysesAlikeThroughAllPages() {
        int compared = 0;
        for (AnalysisFilter filter : analysisFilters()) {
            int limit = compared % 4 == 0 ? 5 : 40;
            List<Object> all = analysisPages(postgres, filter, 1_000);
            List<Object> paged = analysisPages(postgres, filter, limit);
            for (MediaStore journalStore : List.of(journal, reopened)) {
                assertEquals(all, analysisPages(journalStore, filter, 1_000), () -> "one page of " + filter);
                assertEquals(paged, analysisPages(journalStore, filter, limit), () -> "pages of " + limit + " of " + filter);
            }
            compared++;
        }
        assertTrue(compared > 90, "filters compared: " + compared);
        AnalysisFilter all = new AnalysisFilter(null, null, null, null, null, null, null, 1_000);
        assertTrue(postgres.analyses(all).analyses().size() > 300, "analyses: " + postgres.analyses(all).analyses().size());
    }

    @Test
    void findsEveryMediumAndItsAnalysesAlike() {
        int found = 0;
        for (MediumKey key : everKnown) {
            Object expected = postgres.find(key).map(medium -> normal(MediaJson.toJson(medium).build())).orElse(null);
            found += expected == null ? 0 : 1;
            Object analyses = normal(MediaJson.analyses(postgres.analysesOf(key)).build());
            for (MediaStore journalStore : List.of(journal, reopened)) {
                assertEquals(expected, journalStore.find(key).map(medium -> normal(MediaJson.toJson(medium).build())).orElse(null), key::toString);
                assertEquals(analyses, normal(MediaJson.analyses(journalStore.analysesOf(key)).build()), key::toString);
            }
        }
        assertTrue(found > 350 && found < everKnown.size(), "found " + found + " of " + everKnown.size());
    }

    @Test
    void countsStorageAlike() {
        for (Instant startOfToday : List.of(Instant.EPOCH, T0, T0.plus(Duration.ofDays(2)), T0.plus(Duration.ofHours(30)), T0.plus(Duration.ofDays(30)))) {
            var expected = postgres.stats(startOfToday);
            assertEquals(CAMERAS.size(), expected.cameras().size());
            assertEquals(expected, journal.stats(startOfToday), startOfToday::toString);
            assertEquals(expected, reopened.stats(startOfToday), startOfToday::toString);
        }
    }

    @Test
    void analysesOfAnUnknownMediumAreRefusedByBoth() {
        MediumKey unknown = new MediumKey(MediaKind.SNAPSHOT, "never-stored");
        List<Analysis> analyses = List.of(MediaSamples.analysis(unknown, "person", 0.5));
        assertThrows(NotFoundException.class, () -> postgres.addAnalyses(unknown, analyses));
        assertThrows(NotFoundException.class, () -> journal.addAnalyses(unknown, analyses));
    }

    @Test
    void anAnalysisIdOfAnotherMediumIsRefusedByBothAndChangesNothing() {
        MediumKey one = new MediumKey(MediaKind.RECORDING, "refusal-1");
        MediumKey other = new MediumKey(MediaKind.SNAPSHOT, "refusal-2");
        Analysis first = MediaSamples.analysis(one, "person", 0.5);
        for (MediaStore store : List.of(postgres, journal)) {
            try {
                store.upsert(List.of(MediaSamples.recording(one.id(), "refusals", T0), MediaSamples.snapshot(other.id(), "refusals", T0)));
                store.addAnalyses(one, List.of(first));
                Analysis moved = MediaSamples.analysis(first.analysisId(), other, "car", 0.9, T0);
                Analysis fresh = MediaSamples.analysis(other, "dog", 0.7);

                var refused = assertThrows(InvalidInputException.class, () -> store.addAnalyses(other, List.of(fresh, moved)));

                assertEquals("[1].analysis_id", refused.errors().get(0).field());
                assertEquals(List.of(first), store.analysesOf(one));
                assertEquals(List.of(), store.analysesOf(other), "the batch is refused as a whole");
                assertEquals("analysis_id", assertThrows(InvalidInputException.class,
                        () -> store.addAnalyses(other, List.of(moved))).errors().get(0).field());
            } finally {
                store.delete(one);
                store.delete(other);
            }
        }
    }

    @Test
    void createdAtIsKeptOnReUpsertByBoth() {
        Medium original = MediaSamples.recording("created-kept", "kept", T0);
        for (MediaStore store : List.of(postgres, journal)) {
            try {
                store.upsert(List.of(original));
                Medium changed = new Medium(original.kind(), original.id(), "kept", "/media/other.mp4", 5, null,
                        RecordingType.EMERGENCY, T0.plusSeconds(5), true, true, json("{\"again\":1}"), ACCEPTED.plus(Duration.ofHours(1)));

                store.upsert(List.of(changed));

                assertEquals(changed.withCreatedAt(original.createdAt()), store.find(original.key()).orElseThrow());
            } finally {
                store.delete(original.key());
            }
        }
    }

    @Test
    void anEmptyUpsertChangesNothingInBoth() {
        both(store -> {
            store.upsert(List.of());
            return store.stats(T0);
        });
    }

    /** Applies the same call to both stores: the same answer, or the same kind of refusal. */
    private static <T> void both(Function<MediaStore, T> call) {
        RuntimeException inPostgres = null;
        T answer = null;
        try {
            answer = call.apply(postgres);
        } catch (RuntimeException e) {
            inPostgres = e;
        }
        try {
            T journalAnswer = call.apply(journal);
            if (inPostgres != null) {
                throw new AssertionError("PostgreSQL refused what the journal accepted", inPostgres);
            }
            assertEquals(answer, journalAnswer);
        } catch (RuntimeException e) {
            if (inPostgres == null || inPostgres.getClass() != e.getClass()) {
                throw new AssertionError("The journal refused (" + e + ") where PostgreSQL " + inPostgres, e);
            }
        }
    }

    private static Medium recording(String id, int n) {
        RecordingType type = RecordingType.values()[random.nextInt(RecordingType.values().length)];
        return new Medium(MediaKind.RECORDING, id, camera(), "/media/" + id + ".mp4", random.nextInt(1_000_000),
                random.nextInt(5) == 0 ? null : random.nextInt(2_400) / 4.0, type, timestamp(),
                type == RecordingType.EMERGENCY || random.nextInt(10) == 0, random.nextInt(5) == 0, metadata(),
                ACCEPTED.plusNanos(n * 1_000L));
    }

    private static Medium snapshot(String id, int n) {
        return new Medium(MediaKind.SNAPSHOT, id, camera(), "/media/" + id + ".jpg", random.nextInt(300_000), null, null,
                timestamp(), false, false, metadata(), ACCEPTED.plusNanos(n * 1_000L));
    }

    private static Medium withTimestamp(Medium medium, Instant timestamp) {
        return new Medium(medium.kind(), medium.id(), medium.cameraId(), medium.filePath(), medium.fileSizeBytes(),
                medium.durationSeconds(), medium.recordingType(), timestamp, medium.emergency(), medium.unusual(),
                medium.metadata(), medium.createdAt());
    }

    private static Analysis analysis(UUID id, Medium medium) {
        JsonObjectBuilder details = Json.createObjectBuilder();
        if (random.nextBoolean()) {
            details.add("label", List.of("a", "b").get(random.nextInt(2)));
        }
        if (random.nextBoolean()) {
            details.add("count", random.nextInt(2) == 0 ? Json.createValue(2) : Json.createValue(new java.math.BigDecimal("2.0")));
        }
        if (random.nextBoolean()) {
            details.add("box", Json.createArrayBuilder().add(random.nextInt(3)).add(1));
        }
        double confidence = random.nextBoolean() ? CONFIDENCES.get(random.nextInt(CONFIDENCES.size())) : random.nextDouble();
        return new Analysis(id, medium.key(), ANALYSIS_TYPES.get(random.nextInt(ANALYSIS_TYPES.size())), confidence,
                medium.timestamp().plus(Duration.ofMinutes(random.nextInt(3))), details.build(),
                ACCEPTED.plusNanos(random.nextInt(1_000) * 1_000L));
    }

    private static String camera() {
        return CAMERAS.get(random.nextInt(CAMERAS.size()));
    }

    /** Forty moments three hours apart: many media share their timestamp. */
    private static Instant timestamp() {
        return T0.plus(Duration.ofHours(3L * random.nextInt(40)));
    }

    private static JsonObject metadata() {
        JsonObjectBuilder metadata = Json.createObjectBuilder();
        if (random.nextBoolean()) {
            metadata.add("person", random.nextBoolean());
        }
        if (random.nextBoolean()) {
            metadata.add("zone", List.of("front", "back").get(random.nextInt(2)));
        }
        if (random.nextBoolean()) {
            JsonArrayBuilder tags = Json.createArrayBuilder();
            List.of("x", "y", "z").stream().filter(tag -> random.nextBoolean()).forEach(tags::add);
            metadata.add("tags", tags);
        }
        if (random.nextBoolean()) {
            metadata.add("score", Json.createValue(new java.math.BigDecimal(List.of("1", "1.0", "1e0", "2.5", "3").get(random.nextInt(5)))));
        }
        if (random.nextInt(4) == 0) {
            metadata.add("nested", Json.createObjectBuilder().add("k", random.nextBoolean() ? Json.createValue("v") : Json.createValue(1)));
        }
        return metadata.build();
    }

    /** Each condition alone, then many random combinations of them. */
    private static List<MediaFilter> filters(MediaKind kind) {
        boolean recordings = kind == MediaKind.RECORDING;
        List<String> cameras = new ArrayList<>(CAMERAS);
        cameras.add("nobody");
        List<Instant> moments = List.of(T0, T0.plus(Duration.ofHours(3)), T0.plus(Duration.ofHours(40)),
                T0.plus(Duration.ofHours(60)).plusSeconds(1), T0.plus(Duration.ofDays(5)), T0.minusSeconds(1));
        List<MediaFilter> filters = new ArrayList<>();
        filters.add(filter(kind, null, null, null, null, false, false, null, null, null, false));
        cameras.forEach(camera -> filters.add(filter(kind, camera, null, null, null, false, false, null, null, null, false)));
        moments.forEach(moment -> {
            filters.add(filter(kind, null, null, moment, null, false, false, null, null, null, false));
            filters.add(filter(kind, null, null, null, moment, false, false, null, null, null, false));
        });
        ANALYSIS_TYPES.forEach(type -> filters.add(filter(kind, null, null, null, null, false, false, type, null, null, true)));
        filters.add(filter(kind, null, null, null, null, false, false, "nothing", null, null, true));
        CONFIDENCES.forEach(confidence -> filters.add(filter(kind, null, null, null, null, false, false, null, confidence, null, true)));
        METADATA_PATTERNS.forEach(pattern -> filters.add(filter(kind, null, null, null, null, false, false, null, null, json(pattern), false)));
        if (recordings) {
            for (RecordingType type : RecordingType.values()) {
                filters.add(filter(kind, null, type, null, null, false, false, null, null, null, false));
            }
            for (String camera : cameras) {
                filters.add(filter(kind, camera, null, null, null, true, false, null, null, null, false));
                filters.add(filter(kind, camera, null, null, null, false, true, null, null, null, false));
                filters.add(filter(kind, camera, null, null, null, true, true, null, null, null, false));
            }
            filters.add(filter(kind, null, null, null, null, true, false, null, null, null, false));
            filters.add(filter(kind, null, null, null, null, false, true, null, null, null, false));
        }
        for (int i = 0; i < 80; i++) {
            Instant since = pick(moments);
            Instant until = pick(moments);
            filters.add(filter(kind, pick(cameras), recordings ? pick(List.of(RecordingType.values())) : null,
                    since, until == null || since == null || since.isBefore(until) ? until : null,
                    recordings && random.nextInt(4) == 0, recordings && random.nextInt(4) == 0,
                    pick(ANALYSIS_TYPES), pick(CONFIDENCES), metadataPattern(),
                    random.nextBoolean()));
        }
        return filters;
    }

    private static List<AnalysisFilter> analysisFilters() {
        List<Instant> moments = List.of(T0, T0.plus(Duration.ofHours(3)), T0.plus(Duration.ofHours(3)).plusSeconds(60),
                T0.plus(Duration.ofHours(50)), T0.plus(Duration.ofDays(6)));
        List<AnalysisFilter> filters = new ArrayList<>();
        filters.add(new AnalysisFilter(null, null, null, null, null, null, null, 0));
        for (MediaKind kind : MediaKind.values()) {
            filters.add(new AnalysisFilter(kind, null, null, null, null, null, null, 0));
        }
        ANALYSIS_TYPES.forEach(type -> filters.add(new AnalysisFilter(null, type, null, null, null, null, null, 0)));
        CONFIDENCES.forEach(confidence -> filters.add(new AnalysisFilter(null, null, confidence, null, null, null, null, 0)));
        moments.forEach(moment -> {
            filters.add(new AnalysisFilter(null, null, null, moment, null, null, null, 0));
            filters.add(new AnalysisFilter(null, null, null, null, moment, null, null, 0));
        });
        DETAILS_PATTERNS.forEach(pattern -> filters.add(new AnalysisFilter(null, null, null, null, null, json(pattern), null, 0)));
        for (int i = 0; i < 80; i++) {
            Instant since = pick(moments);
            Instant until = pick(moments);
            filters.add(new AnalysisFilter(pick(List.of(MediaKind.values())), pick(ANALYSIS_TYPES), pick(CONFIDENCES), since,
                    until == null || since == null || since.isBefore(until) ? until : null,
                    detailsPattern(), null, 0));
        }
        return filters;
    }

    private static JsonObject metadataPattern() {
        return random.nextBoolean() ? null : json(METADATA_PATTERNS.get(random.nextInt(METADATA_PATTERNS.size())));
    }

    private static JsonObject detailsPattern() {
        return random.nextBoolean() ? null : json(DETAILS_PATTERNS.get(random.nextInt(DETAILS_PATTERNS.size())));
    }

    /** A value of the list, or null as often as any one of them. */
    private static <T> T pick(List<T> values) {
        int i = random.nextInt(values.size() + 1);
        return i == values.size() ? null : values.get(i);
    }

    private static MediaFilter filter(MediaKind kind, String camera, RecordingType type, Instant since, Instant until,
                                      boolean emergency, boolean unusual, String analysisType, Double minConfidence,
                                      JsonObject metadata, boolean withAnalyses) {
        return new MediaFilter(kind, camera, type, since, until, emergency, unusual, analysisType, minConfidence, metadata,
                null, 0, withAnalyses);
    }

    private static MediaFilter withLimit(MediaFilter filter, int limit) {
        return new MediaFilter(filter.kind(), filter.cameraId(), filter.recordingType(), filter.since(), filter.until(),
                filter.emergencyOnly(), filter.unusualOnly(), filter.analysisType(), filter.minConfidence(), filter.metadata(),
                filter.after(), limit, filter.withAnalyses());
    }

    private static MediaFilter after(MediaFilter filter, Cursor cursor) {
        return new MediaFilter(filter.kind(), filter.cameraId(), filter.recordingType(), filter.since(), filter.until(),
                filter.emergencyOnly(), filter.unusualOnly(), filter.analysisType(), filter.minConfidence(), filter.metadata(),
                cursor, filter.limit(), filter.withAnalyses());
    }

    /** A JSON text as the API streams it, read back. */
    private static JsonObject rendered(Consumer<JsonGenerator> write) {
        return JsonProviders.JSON.createReader(new StringReader(WrittenJson.of(write))).readObject();
    }

    /** Every page of the filter as the API renders it, following the cursors to the end. */
    private static List<Object> pages(MediaStore store, MediaFilter filter, int limit) {
        List<Object> pages = new ArrayList<>();
        Set<MediumKey> seen = new HashSet<>();
        MediaFilter next = withLimit(filter, limit);
        while (true) {
            MediaPage page = store.list(next);
            page.media().forEach(medium -> assertTrue(seen.add(medium.key()), () -> medium.key() + " twice in " + filter));
            pages.add(normal(rendered(json -> MediaJson.writePage(json, filter.kind(), page, filter.withAnalyses()))));
            if (page.next() == null) {
                assertEquals(page.total(), seen.size(), () -> "every medium of " + filter);
                return pages;
            }
            assertTrue(pages.size() <= 1_000, "paging ends");
            next = after(next, page.next());
        }
    }

    private static List<Object> analysisPages(MediaStore store, AnalysisFilter filter, int limit) {
        List<Object> pages = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        Cursor after = null;
        while (true) {
            AnalysisPage page = store.analyses(new AnalysisFilter(filter.kind(), filter.analysisType(), filter.minConfidence(),
                    filter.since(), filter.until(), filter.details(), after, limit));
            page.analyses().forEach(analysis -> assertTrue(seen.add(analysis.analysisId()), () -> analysis + " twice in " + filter));
            pages.add(normal(rendered(json -> MediaJson.writePage(json, page))));
            if (page.next() == null) {
                return pages;
            }
            assertTrue(pages.size() <= 1_000, "paging ends");
            after = page.next();
        }
    }

    /** JSON as values that compare by meaning: objects as sorted maps, numbers by value. */
    private static Object normal(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> object = new TreeMap<>();
                value.asJsonObject().forEach((key, member) -> object.put(key, normal(member)));
                yield object;
            }
            case ARRAY -> value.asJsonArray().stream().map(MediaStoreParityTest::normal).toList();
            case NUMBER -> ((jakarta.json.JsonNumber) value).bigDecimalValue().stripTrailingZeros();
            case STRING -> ((jakarta.json.JsonString) value).getString();
            default -> value;
        };
    }

    @Test
    void theGeneratedDataExercisesEveryCondition() {
        MediaPage recordings = postgres.list(withLimit(filter(MediaKind.RECORDING, null, null, null, null, false, false, null, null, null, true), 1_000));
        long ties = recordings.media().stream().map(Medium::timestamp).distinct().count();
        assertTrue(ties < recordings.media().size() / 3, "many media share a timestamp");
        assertTrue(recordings.media().stream().anyMatch(Medium::emergency));
        assertTrue(recordings.media().stream().anyMatch(Medium::unusual));
        assertFalse(recordings.media().stream().anyMatch(medium -> medium.createdAt().isAfter(ACCEPTED.plus(Duration.ofHours(1)))),
                "created_at is kept on every re-upsert");
        assertFalse(recordings.analyses().isEmpty(), "no analyses");
    }
}
