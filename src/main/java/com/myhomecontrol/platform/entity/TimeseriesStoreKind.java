package com.myhomecontrol.platform.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where the time series live (TIMESERIES_STORE): a SQLite file of this server, or PostgreSQL shared by servers. */
public enum TimeseriesStoreKind {
    SQLITE,
    POSTGRESQL;

    /** The kind a setting names, case aside; anything else is refused with the names that are allowed. */
    public static TimeseriesStoreKind of(String setting) {
        String name = setting == null ? "" : setting.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("TIMESERIES_STORE must be "
                        + Arrays.stream(values()).map(TimeseriesStoreKind::setting).collect(Collectors.joining(" or "))
                        + ", not '" + setting + "'"));
    }

    /** The kind as TIMESERIES_STORE and the health API name it. */
    public String setting() {
        return name().toLowerCase(Locale.ROOT);
    }
}
