package com.myhomecontrol.maintenance.entity;

import com.myhomecontrol.media.entity.MediaKind;

import java.io.Serializable;

/** Where a read of the media rows stands: the kind being read, the last id read ("" before the first), rows read so far. */
public record RowsCheckpoint(MediaKind kind, String afterId, long read) implements Serializable {

    public static final RowsCheckpoint START = new RowsCheckpoint(MediaKind.RECORDING, "", 0);
}
