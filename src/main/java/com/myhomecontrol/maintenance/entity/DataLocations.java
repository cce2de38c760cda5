package com.myhomecontrol.maintenance.entity;

import java.nio.file.Path;

/** Where the platform keeps the data a backup copies and a restore puts back. */
public record DataLocations(Path timeseriesDb, Path journalDirectory, Path devicesFile, Path netatmoTokenFile) {
}
