package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.MediaFile;
import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.MediumFile;
import com.myhomecontrol.media.entity.MediumKey;
import com.myhomecontrol.platform.control.JsonProviders;
import jakarta.json.JsonObject;

import java.nio.file.Path;
import java.time.Instant;

/** A row without its file and a file without a row, as the orphan logs and the report hold them. */
public final class OrphanJson {

    private OrphanJson() {
    }

    public static JsonObject of(MediumFile row) {
        return JsonProviders.JSON.createObjectBuilder().add("media_type", row.medium().kind().label())
                .add("id", row.medium().id()).add("file_path", row.filePath())
                .add("created_at", row.createdAt().toString()).build();
    }

    public static JsonObject of(MediaFile file) {
        return JsonProviders.JSON.createObjectBuilder().add("path", file.path().toString())
                .add("size_bytes", file.sizeBytes()).add("modified", file.modified().toString()).build();
    }

    static MediumFile row(JsonObject json) {
        return new MediumFile(new MediumKey(MediaKind.of(json.getString("media_type")).orElseThrow(), json.getString("id")),
                json.getString("file_path"), Instant.parse(json.getString("created_at")));
    }

    static MediaFile file(JsonObject json) {
        return new MediaFile(Path.of(json.getString("path")), json.getJsonNumber("size_bytes").longValue(),
                Instant.parse(json.getString("modified")));
    }
}
