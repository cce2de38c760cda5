package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.InvalidInputException;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Time zones named by clients: IANA names (Europe/Berlin), UTC when none is named. */
public final class TimeZones {

    private TimeZones() {
    }

    public static ZoneId parse(String text, String field) {
        if (text == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "must be an IANA time zone such as Europe/Berlin or UTC, was \"" + text + "\"");
        }
    }
}
