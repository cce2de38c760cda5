package com.myhomecontrol.maintenance.entity;

import java.time.Instant;

/** The newest check of a backup set: when, whether it passed, and if not why. */
public record Verification(Instant checkedAt, boolean passed, String problem) {

    public static Verification passed(Instant at) {
        return new Verification(at, true, null);
    }

    public static Verification failed(Instant at, String problem) {
        return new Verification(at, false, problem);
    }
}
