package com.myhomecontrol.media.entity;

import java.util.Arrays;
import java.util.Optional;

/** The two kinds of media: each has its own table, id field and path in the API. */
public enum MediaKind {

    RECORDING("recording", "recordings", "recording_id"),
    SNAPSHOT("snapshot", "snapshots", "snapshot_id");

    private final String label;
    private final String table;
    private final String idField;

    MediaKind(String label, String table, String idField) {
        this.label = label;
        this.table = table;
        this.idField = idField;
    }

    /** As the API and the media_type column name it. */
    public String label() {
        return label;
    }

    /** The table, and the name of the list in answers. */
    public String table() {
        return table;
    }

    public String idField() {
        return idField;
    }

    public static Optional<MediaKind> of(String label) {
        return Arrays.stream(values()).filter(kind -> kind.label.equals(label)).findFirst();
    }
}
