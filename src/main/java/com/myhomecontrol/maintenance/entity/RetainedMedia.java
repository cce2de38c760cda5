package com.myhomecontrol.maintenance.entity;

/** The media metadata retention keeps for a number of days, with the columns it walks them by. */
public enum RetainedMedia {

    RECORDING("recordings", "recording_id", "timestamp", "text", "NOT is_emergency"),
    SNAPSHOT("snapshots", "snapshot_id", "timestamp", "text", "TRUE"),
    AI_ANALYSIS("ai_analysis", "analysis_id", "detected_at", "uuid", "TRUE");

    private final String table;
    private final String idColumn;
    private final String timeColumn;
    private final String idType;
    private final String deletable;

    RetainedMedia(String table, String idColumn, String timeColumn, String idType, String deletable) {
        this.table = table;
        this.idColumn = idColumn;
        this.timeColumn = timeColumn;
        this.idType = idType;
        this.deletable = deletable;
    }

    public String table() {
        return table;
    }

    public String idColumn() {
        return idColumn;
    }

    public String timeColumn() {
        return timeColumn;
    }

    /** The SQL type of the id, for the arrays of ids a batch binds. */
    public String idType() {
        return idType;
    }

    /** The condition a row must meet to be deleted at all: emergency recordings are kept. */
    public String deletable() {
        return deletable;
    }

    /** The media_type of analyses of this kind of medium. */
    public String mediaType() {
        return this == RECORDING ? "recording" : "snapshot";
    }
}
