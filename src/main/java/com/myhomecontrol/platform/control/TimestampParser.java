package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.FieldError;
import com.myhomecontrol.platform.entity.InvalidInputException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Timestamps as clients send them: ISO-8601 with an offset or Z, or epoch seconds. A local time
 * without an offset is refused rather than guessed. Sub-second parts are dropped: readings are
 * kept per second.
 */
public class TimestampParser {

    /** Readings before this are taken for a device whose clock was never set. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    public static final Duration MAX_AHEAD = Duration.ofDays(1);

    private final Clock clock;

    public TimestampParser(Clock clock) {
        this.clock = clock;
    }

    public Instant parse(JsonValue value, String field, List<FieldError> errors) {
        Instant instant;
        if (value instanceof JsonNumber number) {
            instant = fromEpochSeconds(number.bigDecimalValue(), field, errors);
        } else if (value instanceof JsonString string) {
            instant = fromText(string.getString(), field, errors);
        } else {
            errors.add(new FieldError(field, "must be an ISO-8601 string with an offset or epoch seconds"));
            return null;
        }
        return instant == null ? null : checkRange(instant, field, errors);
    }

    /** A timestamp from a query parameter: ISO-8601 with an offset, or epoch seconds. */
    public Instant parseParameter(String text, String field) {
        List<FieldError> errors = new ArrayList<>();
        Instant instant = text.matches("-?\\d+(\\.\\d+)?")
                ? fromEpochSeconds(new BigDecimal(text), field, errors)
                : fromText(text, field, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return instant;
    }

    public Instant now() {
        return clock.instant();
    }

    private static Instant fromEpochSeconds(BigDecimal seconds, String field, List<FieldError> errors) {
        try {
            return Instant.ofEpochSecond(seconds.setScale(0, RoundingMode.FLOOR).longValueExact());
        } catch (ArithmeticException | DateTimeException e) {
            errors.add(new FieldError(field, "is out of range: " + seconds));
            return null;
        }
    }

    private static Instant fromText(String text, String field, List<FieldError> errors) {
        try {
            return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeParseException e) {
            String hint = text.matches("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?")
                    ? "has no offset: add Z or +hh:mm, local times are not guessed"
                    : "must be ISO-8601 with an offset (2026-11-29T16:00:00Z) or epoch seconds";
            errors.add(new FieldError(field, hint + ", was \"" + text + "\""));
            return null;
        }
    }

    private Instant checkRange(Instant instant, String field, List<FieldError> errors) {
        if (instant.isBefore(EARLIEST)) {
            errors.add(new FieldError(field, "is before " + EARLIEST + " (was " + instant + "); is the device clock set?"));
            return null;
        }
        if (instant.isAfter(clock.instant().plus(MAX_AHEAD))) {
            errors.add(new FieldError(field, "is more than a day in the future (was " + instant + ")"));
            return null;
        }
        return instant;
    }
}
