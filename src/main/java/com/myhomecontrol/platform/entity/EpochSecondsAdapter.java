package com.myhomecontrol.platform.entity;

import jakarta.json.bind.adapter.JsonbAdapter;

import java.time.Instant;

/** Shows a stored epoch-second column as an ISO-8601 UTC timestamp. */
public class EpochSecondsAdapter implements JsonbAdapter<Long, String> {

    @Override
    public String adaptToJson(Long seconds) {
        return Instant.ofEpochSecond(seconds).toString();
    }

    @Override
    public Long adaptFromJson(String text) {
        return Instant.parse(text).getEpochSecond();
    }
}
