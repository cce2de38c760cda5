package com.myhomecontrol.maintenance.entity;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How a part went into a set: copied; absent (an optional file that did not exist, {@code detail}
 * the path looked at); skipped (nothing to copy, such as the media metadata in journal mode); or
 * failed, with the reason, while the other parts were still copied.
 */
public record PartOutcome(Status status, String detail) {

    public enum Status {
        COPIED, ABSENT, SKIPPED, FAILED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static PartOutcome copied() {
        return new PartOutcome(Status.COPIED, "");
    }

    public static PartOutcome absent(Path lookedAt) {
        return new PartOutcome(Status.ABSENT, lookedAt.toString());
    }

    public static PartOutcome skipped(String reason) {
        return new PartOutcome(Status.SKIPPED, reason);
    }

    public static PartOutcome failed(String reason) {
        return new PartOutcome(Status.FAILED, reason);
    }

    public boolean isCopied() {
        return status == Status.COPIED;
    }
}
