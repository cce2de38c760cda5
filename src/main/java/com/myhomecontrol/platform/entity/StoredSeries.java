package com.myhomecontrol.platform.entity;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** What is stored of one time series: its first and last reading and how many there are. */
@MappedSuperclass
public abstract class StoredSeries {

    @Column(name = "first_timestamp")
    @JsonbTypeAdapter(EpochSecondsAdapter.class)
    private Long firstTimestamp;

    @Column(name = "last_timestamp")
    @JsonbTypeAdapter(EpochSecondsAdapter.class)
    private Long lastTimestamp;

    @Column(name = "reading_count")
    private long readingCount;

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
