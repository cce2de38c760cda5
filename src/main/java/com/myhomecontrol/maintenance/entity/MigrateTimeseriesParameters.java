package com.myhomecontrol.maintenance.entity;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * The checked parameters of a {@code migrate-timeseries} run: the SQLite store it copies, the
 * PostgreSQL it copies into, and the time from which raw readings are copied (Long.MIN_VALUE: all).
 */
public record MigrateTimeseriesParameters(Path source, String targetUrl, long since) implements Serializable {
}
