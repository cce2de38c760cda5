package com.myhomecontrol.platform.entity;

import com.myhomecontrol.platform.control.WrittenJson;
import org.junit.jupiter.api.Test;
import tools.jackson.core.io.SerializedString;

import java.time.Instant;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimestampFormatTest {

    @Test
    void isoIsWhatInstantWritesAcrossDaysAndYears() {
        SplittableRandom random = new SplittableRandom(11);
        long from = Instant.parse("1999-12-31T23:59:50Z").getEpochSecond();
        long[] seconds = LongStream.concat(LongStream.range(from, from + 30), LongStream.concat(
                random.longs(2_000, 0, Instant.parse("2200-01-01T00:00:00Z").getEpochSecond()).sorted(),
                LongStream.of(Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond(), 0, -1))).toArray();
        assertEquals(expected(seconds), written(TimestampFormat.ISO, seconds));
    }

    @Test
    void epochSecondsAreNumbers() {
        assertEquals("[{\"t\":0},{\"t\":1764979200}]", written(TimestampFormat.EPOCH_SECONDS, new long[]{0, 1_764_979_200}));
    }

    private static String expected(long[] seconds) {
        return LongStream.of(seconds).mapToObj(second -> "{\"t\":\"" + Instant.ofEpochSecond(second) + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String written(TimestampFormat format, long[] seconds) {
        TimestampFormat.Writer writer = format.writer();
        return WrittenJson.of(json -> {
            json.writeStartArray();
            LongStream.of(seconds).forEach(second -> {
                json.writeStartObject();
                writer.write(json, new SerializedString("t"), second);
                json.writeEndObject();
            });
            json.writeEndArray();
        });
    }
}
