package com.myhomecontrol.maintenance.entity;

/** What a backup set holds, each part under its name in the manifest. */
public enum BackupPart {
    TIMESERIES("timeseries"),
    MEDIA("media"),
    JOURNAL("journal"),
    DEVICES("devices"),
    NETATMO_TOKEN("netatmo_token");

    private final String label;

    BackupPart(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static BackupPart of(String label) {
        for (BackupPart part : values()) {
            if (part.label.equals(label)) {
                return part;
            }
        }
        throw new IllegalArgumentException("No backup part " + label);
    }
}
