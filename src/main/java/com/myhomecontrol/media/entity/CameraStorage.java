package com.myhomecontrol.media.entity;

/** What one camera has stored. */
public record CameraStorage(String cameraId, long recordings, long snapshots, long sizeBytes, long todayRecordings,
                            long emergencyRecordings, long unusualRecordings) {
}
