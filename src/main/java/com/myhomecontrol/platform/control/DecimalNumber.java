package com.myhomecontrol.platform.control;

import jakarta.json.JsonNumber;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A double as a JSON number whose text is made without {@code Double.toString} when it has at most
 * three decimals, as what plugs and stations report has (milliwatts, millivolts, milliamperes and
 * watt-hours as W, V, A and kWh; tenths of a degree): a day of one plug's raw history writes some
 * 70,000 numbers, and {@code Double.toString} took 65 to 200 ns each on this machine, more than
 * the read of the rows. The text is the same as {@code Double.toString}'s (the shortest decimal that
 * reads back as the double, with at least one digit after the point), for any other double too.
 * JSON-P's generator writes a {@link JsonNumber} as its {@link #toString()}.
 */
public final class DecimalNumber implements JsonNumber {

    private static final long SCALE = 1_000;
    /** Double.toString writes plain decimals only within [1e-3, 1e7). */
    private static final double SMALLEST_PLAIN = 1e-3;
    private static final double LARGEST_PLAIN = 1e7;

    private final double value;
    private final String text;

    private DecimalNumber(double value, String text) {
        this.value = value;
        this.text = text;
    }

    /** As JSON-P's generator, a value that is not finite has no JSON number and is refused. */
    public static DecimalNumber of(double value) {
        if (!Double.isFinite(value)) {
            throw new NumberFormatException("JSON has no number for " + value);
        }
        return new DecimalNumber(value, text(value));
    }

    static String text(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= SMALLEST_PLAIN && magnitude < LARGEST_PLAIN) {
            long scaled = Math.round(value * SCALE);
            if (scaled / (double) SCALE == value) {
                return plain(scaled);
            }
        }
        return Double.toString(value);
    }

    /** {@code scaled} thousandths as a decimal, trailing zeros dropped but one. */
    private static String plain(long scaled) {
        long magnitude = Math.abs(scaled);
        // The thousandths with their leading zeros: 5 is "005".
        String fraction = Long.toString(magnitude % SCALE + SCALE).substring(1);
        int end = fraction.length();
        while (end > 1 && fraction.charAt(end - 1) == '0') {
            end--;
        }
        return (scaled < 0 ? "-" : "") + magnitude / SCALE + "." + fraction.substring(0, end);
    }

    @Override
    public boolean isIntegral() {
        return bigDecimalValue().scale() <= 0;
    }

    @Override
    public int intValue() {
        return (int) value;
    }

    @Override
    public int intValueExact() {
        return bigDecimalValue().intValueExact();
    }

    @Override
    public long longValue() {
        return (long) value;
    }

    @Override
    public long longValueExact() {
        return bigDecimalValue().longValueExact();
    }

    @Override
    public BigInteger bigIntegerValue() {
        return bigDecimalValue().toBigInteger();
    }

    @Override
    public BigInteger bigIntegerValueExact() {
        return bigDecimalValue().toBigIntegerExact();
    }

    @Override
    public double doubleValue() {
        return value;
    }

    @Override
    public BigDecimal bigDecimalValue() {
        return new BigDecimal(text);
    }

    @Override
    public ValueType getValueType() {
        return ValueType.NUMBER;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonNumber number && bigDecimalValue().equals(number.bigDecimalValue());
    }

    @Override
    public int hashCode() {
        return bigDecimalValue().hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
