package com.myhomecontrol.media.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Why a camera recorded. */
public enum RecordingType {

    ON_DEMAND, AUTOMATIC, MOTION, EMERGENCY;

    public String label() {
        return name().toLowerCase();
    }

    public static Optional<RecordingType> of(String label) {
        return Arrays.stream(values()).filter(type -> type.label().equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(RecordingType::label).toList();
    }
}
