package com.myhomecontrol.platform.control;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject().write("power_w", DecimalNumber.of(1234.5)).write("voltage_v", DecimalNumber.of(230.07)).writeEnd();
        }

        assertEquals("{\"power_w\":1234.5,\"voltage_v\":230.07}", out.toString());
        assertEquals(new BigDecimal("230.07"), DecimalNumber.of(230.07).bigDecimalValue());
        assertEquals(Json.createValue(230.07).bigDecimalValue(), DecimalNumber.of(230.07).bigDecimalValue());
        assertFalse(DecimalNumber.of(230.0).isIntegral(), "230.0, as Double.toString writes it");
        assertThrows(NumberFormatException.class, () -> DecimalNumber.of(Double.NaN));
    }
}
