package com.myhomecontrol.media.entity;

import java.util.List;

/** What all cameras have stored, in all and per camera. */
public record StorageStats(List<CameraStorage> cameras) {

    public long totalRecordings() {
        return cameras.stream().mapToLong(CameraStorage::recordings).sum();
    }

    public long totalSnapshots() {
        return cameras.stream().mapToLong(CameraStorage::snapshots).sum();
    }

    public long totalSizeBytes() {
        return cameras.stream().mapToLong(CameraStorage::sizeBytes).sum();
    }

    public long todayRecordings() {
        return cameras.stream().mapToLong(CameraStorage::todayRecordings).sum();
    }

    public long emergencyRecordings() {
        return cameras.stream().mapToLong(CameraStorage::emergencyRecordings).sum();
    }

    public long unusualRecordings() {
        return cameras.stream().mapToLong(CameraStorage::unusualRecordings).sum();
    }
}
