package com.myhomecontrol.maintenance.entity;

import java.util.Locale;

/** How the media metadata is restored: into a database without media rows, or replacing the rows there. */
public enum MediaMode {
    EMPTY, REPLACE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
