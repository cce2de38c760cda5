package com.myhomecontrol.benchmark;

import com.myhomecontrol.media.control.MediaStore;
import com.myhomecontrol.media.entity.MediaFilter;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.ByteArrayInputStream;
import java.util.List;

/** The recording listings over HTTP, against the running server on the dataset, as the viewer. */
final class MediaHttp {

    private final ApiClient api;
    private final MediaStore store;

    /** {@code store} finds the cursors of later pages, as {@link MediaListings} does in process. */
    MediaHttp(BenchmarkServer server, MediaStore store) {
        this.api = new ApiClient(server);
        this.store = store;
    }

    /** Checks every warm-up answer, then times the bodies alone (the client's JSON parsing is not part of the measurement). */
    Latencies measure(MediaListings listing) throws Exception {
        for (MediaFilter filter : listing.warmUpFilters(store)) {
            check(listing, filter);
        }
        return Latencies.measure(List.of(), listing.timedFilters(store), filter -> api.viewerGet(MediaListings.pathAndQuery(filter)));
    }

    private void check(MediaListings listing, MediaFilter filter) throws Exception {
        try (JsonReader json = Json.createReader(new ByteArrayInputStream(api.viewerGet(MediaListings.pathAndQuery(filter))))) {
            JsonArray recordings = json.readObject().getJsonArray("recordings");
            int withAnalyses = (int) recordings.stream().map(JsonValue::asJsonObject)
                    .filter(recording -> !recording.getJsonArray("ai_analysis").isEmpty()).count();
            listing.check(filter, recordings.size(), withAnalyses);
        }
    }
}
