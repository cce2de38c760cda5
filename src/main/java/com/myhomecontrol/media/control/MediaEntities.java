package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.Analysis;
import com.myhomecontrol.media.entity.AnalysisRow;
import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.Medium;
import com.myhomecontrol.media.entity.MediumKey;
import com.myhomecontrol.media.entity.RecordingRow;
import com.myhomecontrol.media.entity.RecordingType;
import com.myhomecontrol.media.entity.SnapshotRow;

/** The rows of the {@code media} persistence unit as the values the API answers, alike to what {@link MediaRows} reads. */
final class MediaEntities {

    private MediaEntities() {
    }

    static Medium medium(RecordingRow row) {
        return new Medium(MediaKind.RECORDING, row.getId(), row.getCameraId(), row.getFilePath(), row.getFileSizeBytes(),
                row.getDurationSeconds(), RecordingType.of(row.getRecordingType()).orElseThrow(),
                row.getTimestamp().toInstant(), row.isEmergency(), row.isUnusual(), row.getMetadata(),
                row.getCreatedAt().toInstant());
    }

    static Medium medium(SnapshotRow row) {
        return new Medium(MediaKind.SNAPSHOT, row.getId(), row.getCameraId(), row.getFilePath(), row.getFileSizeBytes(),
                null, null, row.getTimestamp().toInstant(), false, false, row.getMetadata(), row.getCreatedAt().toInstant());
    }

    static Analysis analysis(AnalysisRow row) {
        return new Analysis(row.getId(), new MediumKey(MediaKind.of(row.getMediaType()).orElseThrow(), row.getMediaId()),
                row.getAnalysisType(), row.getConfidence(), row.getDetectedAt().toInstant(), row.getDetails(),
                row.getCreatedAt().toInstant());
    }
}
