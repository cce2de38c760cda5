package com.myhomecontrol.benchmark;

import com.myhomecontrol.media.control.JournalEntry;
import com.myhomecontrol.media.entity.Analysis;
import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.Medium;
import com.myhomecontrol.media.entity.RecordingType;
import com.myhomecontrol.media.control.MediaJson;
import com.myhomecontrol.platform.control.JsonProviders;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Recordings and analyses made in Java, like those of the dataset, for the journal: as the API
 * makes them from the posts of a camera (one recording) and of the AI service (the analyses of
 * one recording).
 */
final class MediaSamples {

    static final int ANALYSES_PER_RECORDING = 3;
    private static final String[] TYPES = {"person", "vehicle", "animal", "package"};

    private final String prefix;
    private final Random random;

    MediaSamples(String prefix, long seed) {
        this.prefix = prefix;
        this.random = new Random(seed);
    }

    Medium recording(int number) {
        String camera = MediaDataset.CAMERAS.get(random.nextInt(MediaDataset.CAMERAS.size()));
        Instant timestamp = MediaDataset.START.plus(Duration.ofMillis(number * MediaDataset.STEP_MILLIS));
        String id = String.format(Locale.ROOT, "%s-%07d", prefix, number);
        double duration = 8 + random.nextInt(292_000) / 1000.0;
        return new Medium(MediaKind.RECORDING, id, camera, "/srv/homecontrol/media/recordings/" + camera + "/" + id + ".mp4",
                (long) (duration * 500_000), duration, RecordingType.MOTION, timestamp, false, random.nextInt(100) < 3,
                JsonProviders.JSON.createObjectBuilder().add("resolution", "1920x1080").add("fps", 25).add("codec", "h265")
                        .add("zone", "driveway").add("tags", JsonProviders.JSON.createArrayBuilder().add("day"))
                        .add("objects", JsonProviders.JSON.createArrayBuilder().add("person").add("car")).add("trigger", "pir")
                        .add("firmware", "v2.5.1").add("event_id", "evt-" + number / 4).build(),
                timestamp.plusSeconds((long) duration + 2));
    }

    List<Analysis> analyses(Medium recording) {
        List<Analysis> analyses = new ArrayList<>(ANALYSES_PER_RECORDING);
        for (int i = 0; i < ANALYSES_PER_RECORDING; i++) {
            Instant detected = recording.timestamp().plusMillis(random.nextInt(60_000));
            analyses.add(new Analysis(new UUID(random.nextLong(), random.nextLong()), recording.key(), TYPES[random.nextInt(TYPES.length)],
                    0.35 + random.nextInt(6501) / 10000.0, detected,
                    JsonProviders.JSON.createObjectBuilder().add("model", "yolov8s").add("model_version", "2025.11").add("label", "adult")
                            .add("bbox", JsonProviders.JSON.createArrayBuilder().add(412).add(168).add(220).add(540))
                            .add("frame", random.nextInt(900)).add("track_id", random.nextInt(200)).build(),
                    detected.plusMillis(1500)));
        }
        return analyses;
    }

    /** For each of {@code recordings} recordings: its upsert, then the entry of its analyses. */
    Iterator<JournalEntry> journal(int recordings) {
        return new Iterator<>() {
            private int number;
            private Medium pending;

            @Override
            public boolean hasNext() {
                return pending != null || number < recordings;
            }

            @Override
            public JournalEntry next() {
                if (pending != null) {
                    JournalEntry analyses = new JournalEntry.AddAnalyses(pending.key(), analyses(pending));
                    pending = null;
                    return analyses;
                }
                pending = recording(number++);
                return new JournalEntry.Upsert(List.of(pending));
            }
        };
    }
}
