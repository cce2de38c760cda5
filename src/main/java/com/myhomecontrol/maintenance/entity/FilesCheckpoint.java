package com.myhomecontrol.maintenance.entity;

import java.io.Serializable;

/** Where a walk of the media files stands: the last file walked (null before the first), files walked so far. */
public record FilesCheckpoint(String lastFile, long read) implements Serializable {
}
