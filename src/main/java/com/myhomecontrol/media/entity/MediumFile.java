package com.myhomecontrol.media.entity;

import java.time.Instant;

/** A recording's or snapshot's row seen for the file it names: which medium, the path as stored, and when it was accepted. */
public record MediumFile(MediumKey medium, String filePath, Instant createdAt) {
}
