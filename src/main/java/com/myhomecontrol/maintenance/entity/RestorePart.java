package com.myhomecontrol.maintenance.entity;

import java.util.Locale;

/** What a restore may put back: the time-series store, the media metadata, the files (devices, Netatmo token, journal). */
public enum RestorePart {
    TIMESERIES, MEDIA, FILES;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
