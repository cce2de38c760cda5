package com.myhomecontrol.maintenance.entity;

import java.util.Locale;

/**
 * What a restore may put back: the media metadata, the time-series store, the files (devices,
 * Netatmo token, journal); in the order the job restores them.
 */
public enum RestorePart {
    MEDIA, TIMESERIES, FILES;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
