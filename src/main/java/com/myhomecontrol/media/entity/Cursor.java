package com.myhomecontrol.media.entity;

import java.time.Instant;

/**
 * Where a page ended: results are ordered newest first, ties broken by id, so the next page
 * starts strictly after this (timestamp, id), however many rows arrive meanwhile.
 */
public record Cursor(Instant timestamp, String id) {

    /** True when a row at (timestamp, id) comes after this cursor in newest-first order. */
    public boolean precedes(Instant otherTimestamp, String otherId) {
        int byTime = otherTimestamp.compareTo(timestamp);
        return byTime < 0 || byTime == 0 && otherId.compareTo(id) < 0;
    }
}
