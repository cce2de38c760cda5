package com.myhomecontrol.platform.entity;

import com.myhomecontrol.platform.control.JsonProviders;
import jakarta.json.stream.JsonGenerator;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimestampFormatTest {

    @Test
    void isoIsWhatInstantWritesAcrossDaysAndYears() {
        SplittableRandom random = new SplittableRandom(11);
        long from = Instant.parse("1999-12-31T23:59:50Z").getEpochSecond();
        long[] seconds = LongStream.concat(LongStream.range(from, from + 30),
                random.longs(2_000, 0, Instant.parse("2200-01-01T00:00:00Z").getEpochSecond()).sorted()).toArray();
        assertEquals(expected(seconds), written(TimestampFormat.ISO, seconds));
    }

    @Test
    void epochSecondsAreNumbers() {
        assertEquals("[{\"t\":0},{\"t\":1764979200}]", written(TimestampFormat.EPOCH_SECONDS, new long[]{0, 1_764_979_200}));
    }

    private static String expected(long[] seconds) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JsonProviders.JSON.createGenerator(text)) {
            json.writeStartArray();
            LongStream.of(seconds).forEach(second -> json.writeStartObject().write("t", Instant.ofEpochSecond(second).toString()).writeEnd());
            json.writeEnd();
        }
        return text.toString();
    }

    private static String written(TimestampFormat format, long[] seconds) {
        StringWriter text = new StringWriter();
        TimestampFormat.Writer writer = format.writer();
        try (JsonGenerator json = JsonProviders.JSON.createGenerator(text)) {
            json.writeStartArray();
            LongStream.of(seconds).forEach(second -> {
                json.writeStartObject();
                writer.write(json, "t", second);
                json.writeEnd();
            });
            json.writeEnd();
        }
        return text.toString();
    }
}
