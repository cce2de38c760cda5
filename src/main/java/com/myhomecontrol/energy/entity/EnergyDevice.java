package com.myhomecontrol.energy.entity;

import com.myhomecontrol.platform.entity.EpochSecondsAdapter;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A device that has readings stored: its first and last reading and how many there are. */
@Entity
@Table(name = "energy_devices")
public class EnergyDevice {

    @Id
    @Column(name = "device_id")
    private String deviceId;

    @Column(name = "first_timestamp")
    @JsonbTypeAdapter(EpochSecondsAdapter.class)
    private Long firstTimestamp;

    @Column(name = "last_timestamp")
    @JsonbTypeAdapter(EpochSecondsAdapter.class)
    private Long lastTimestamp;

    @Column(name = "reading_count")
    private long readingCount;

    public String getDeviceId() {
        return deviceId;
    }

    public Long getFirstTimestamp() {
        return firstTimestamp;
    }

    public Long getLastTimestamp() {
        return lastTimestamp;
    }

    public long getReadingCount() {
        return readingCount;
    }
}
