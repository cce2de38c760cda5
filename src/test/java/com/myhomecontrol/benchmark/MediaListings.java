package com.myhomecontrol.benchmark;

import com.myhomecontrol.media.control.Cursors;
import com.myhomecontrol.media.control.MediaStore;
import com.myhomecontrol.media.entity.Cursor;
import com.myhomecontrol.media.entity.MediaFilter;
import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.MediaPage;
import com.myhomecontrol.media.control.MediaJson;
import com.myhomecontrol.platform.control.JsonProviders;
import jakarta.json.JsonObject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The recording listings measured, in process and over HTTP alike: the newest page of a camera,
 * a later page of a camera from a cursor, and a selective metadata search, each with limit 50
 * and the AI analyses of the page.
 */
enum MediaListings {
    CAMERA_FIRST_PAGE("one camera, newest page"),
    CAMERA_LATER_PAGE("one camera, a later page from a cursor"),
    METADATA("metadata containment `{\"plate\": ...}` (about 100 matches)");

    static final int LIMIT = 50;
    static final int WARM_UP = 200;
    static final int TIMED = 200;

    private final String label;

    MediaListings(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    List<MediaFilter> warmUpFilters(MediaStore store) {
        return filters(store, WARM_UP, ordinal() + 1L);
    }

    List<MediaFilter> timedFilters(MediaStore store) {
        return filters(store, TIMED, ordinal() + 101L);
    }

    /** One example filter of this listing, for its query plan. */
    MediaFilter example(MediaStore store) {
        return filters(store, 1, ordinal() + 1001L).get(0);
    }

    /**
     * Filters on random cameras, places and plates (fixed seeds). A later page starts from a
     * real cursor: the recording of that camera just before a random instant of the year.
     */
    private List<MediaFilter> filters(MediaStore store, int count, long seed) {
        Random random = new Random(seed);
        List<MediaFilter> filters = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String camera = MediaDataset.CAMERAS.get(random.nextInt(MediaDataset.CAMERAS.size()));
            filters.add(switch (this) {
                case CAMERA_FIRST_PAGE -> filter(camera, null, null);
                case CAMERA_LATER_PAGE -> filter(camera, null, cursorBefore(store, camera,
                        MediaDataset.START.plus(Duration.ofMinutes(random.nextInt(365 * 24 * 60))).plus(Duration.ofDays(1))));
                case METADATA -> filter(null, JsonProviders.JSON.createObjectBuilder().add("plate", MediaDataset.plate(random.nextInt(MediaDataset.PLATES))).build(), null);
            });
        }
        return filters;
    }

    private static Cursor cursorBefore(MediaStore store, String camera, Instant instant) {
        MediaPage page = store.list(new MediaFilter(MediaKind.RECORDING, camera, null, null, instant, false, false, null, null,
                null, null, 1, false));
        return new Cursor(page.media().get(0).timestamp(), page.media().get(0).id());
    }

    private static MediaFilter filter(String camera, JsonObject metadata, Cursor after) {
        return new MediaFilter(MediaKind.RECORDING, camera, null, null, null, false, false, null, null, metadata, after, LIMIT, true);
    }

    /** The same listing as the API's query string. */
    static String pathAndQuery(MediaFilter filter) {
        StringBuilder query = new StringBuilder("/api/recordings?limit=").append(filter.limit())
                .append("&with_ai_analysis=").append(filter.withAnalyses());
        if (filter.cameraId() != null) {
            query.append("&camera_id=").append(encode(filter.cameraId()));
        }
        if (filter.metadata() != null) {
            query.append("&metadata=").append(encode(filter.metadata().toString()));
        }
        if (filter.after() != null) {
            query.append("&cursor=").append(encode(Cursors.encode(filter.after())));
        }
        return query.toString();
    }

    /** Fails the run when a page is not what the filter asks for: a full page, with analyses, that matches. */
    void check(MediaFilter filter, int media, int withAnalyses) {
        int least = this == METADATA ? 1 : LIMIT;
        if (media < least || media > LIMIT || withAnalyses == 0) {
            throw new IllegalStateException(label + " " + pathAndQuery(filter) + " answered " + media + " recordings, "
                    + withAnalyses + " with analyses");
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
