package com.myhomecontrol.maintenance.entity;

/** The next batch of a retention run and the cursor after it. */
public record Planned(RetentionBatch batch, RetentionCursor cursor) {
}
