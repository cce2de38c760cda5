package com.myhomecontrol.platform.control;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DecimalNumberTest {

    @Test
    void theTextIsDoubleToStringsForReadingsOfAtMostThreeDecimals() {
        Random random = new Random(20_261_204L);
        for (int i = 0; i < 1_000_000; i++) {
            long thousandths = random.nextLong() % 10_000_000_000L;
            double value = thousandths / 1000.0;
            assertEquals(Double.toString(value), DecimalNumber.text(value), () -> thousandths + " thousandths");
        }
    }

    @Test
    void anyOtherDoubleIsDoubleToStrings() {
        Random random = new Random(4L);
        for (int i = 0; i < 100_000; i++) {
            double value = random.nextGaussian() * Math.pow(10, random.nextInt(20) - 8);
            assertEquals(Double.toString(value), DecimalNumber.text(value));
        }
        for (double edge : new double[]{0.0, -0.0, 0.001, -0.001, 0.0009, 9_999_999.999, 1e7, 230.0, 0.1 + 0.2, 12.3456, 1.005, 100.05}) {
            assertEquals(Double.toString(edge), DecimalNumber.text(edge), () -> "for " + edge);
        }
    }

    @Test
    void itIsWrittenAsItsTextAndReadsBackAsTheDouble() {
        String text = WrittenJson.of(json -> {
            json.writeStartObject();
            json.writeName("power_w");
            DecimalNumber.write(json, 1234.5);
            json.writeName("voltage_v");
            DecimalNumber.write(json, 230.07);
            json.writeName("energy_kwh");
            DecimalNumber.write(json, 0.1 + 0.2);
            json.writeEndObject();
        });

        assertEquals("{\"power_w\":1234.5,\"voltage_v\":230.07,\"energy_kwh\":0.30000000000000004}", text);
        assertEquals(230.07, Json.createReader(new StringReader(text)).readObject().getJsonNumber("voltage_v").doubleValue());
    }

    @Test
    void aValueThatIsNotFiniteIsRefused() {
        assertThrows(NumberFormatException.class, () -> WrittenJson.of(json -> DecimalNumber.write(json, Double.NaN)));
        assertThrows(NumberFormatException.class, () -> WrittenJson.of(json -> DecimalNumber.write(json, Double.NEGATIVE_INFINITY)));
    }
}
