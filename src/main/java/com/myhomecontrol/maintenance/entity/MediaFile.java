package com.myhomecontrol.maintenance.entity;

import java.nio.file.Path;
import java.time.Instant;

/** A regular file under a media root, absolute and normalized, with what the file system says of it. */
public record MediaFile(Path path, long sizeBytes, Instant modified) {
}
