package com.myhomecontrol.platform.control;

import tools.jackson.core.JsonGenerator;

/**
 * A double written as a JSON number without {@code Double.toString} when it has at most three
 * decimals, as what plugs and stations report has (milliwatts, millivolts, milliamperes and
 * watt-hours as W, V, A and kWh; tenths of a degree): a day of one plug's raw history writes some
 * 43,000 numbers, and {@code Double.toString} took 65 to 200 ns each on this machine, more than
 * the read of the rows. The text is the same as {@code Double.toString}'s (the shortest decimal that
 * reads back as the double, with at least one digit after the point), for any other double too.
 */
public final class DecimalNumber {

    private static final long SCALE = 1_000;
    /** Double.toString writes plain decimals only within [1e-3, 1e7). */
    private static final double SMALLEST_PLAIN = 1e-3;
    private static final double LARGEST_PLAIN = 1e7;
    /** "-9999999.999" */
    private static final int LONGEST_PLAIN = 12;
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private DecimalNumber() {
    }

    /** As JSON-P's generator did, a value that is not finite has no JSON number and is refused. */
    public static void write(JsonGenerator json, double value) {
        if (!Double.isFinite(value)) {
            throw new NumberFormatException("JSON has no number for " + value);
        }
        char[] text = new char[LONGEST_PLAIN];
        int length = plain(value, text);
        if (length > 0) {
            json.writeNumber(text, 0, length);
        } else {
            json.writeNumber(value);
        }
    }

    static String text(double value) {
        char[] text = new char[LONGEST_PLAIN];
        int length = plain(value, text);
        return length > 0 ? new String(text, 0, length) : Double.toString(value);
    }

    /**
     * Writes the value into {@code text} as a decimal of its thousandths, trailing zeros dropped but
     * one, and answers the length; 0 where that would not be Double.toString's text.
     */
    private static int plain(double value, char[] text) {
        double magnitude = Math.abs(value);
        if (!(magnitude >= SMALLEST_PLAIN && magnitude < LARGEST_PLAIN)) {
            return 0;
        }
        long scaled = Math.round(value * SCALE);
        if (scaled / (double) SCALE != value) {
            return 0;
        }
        long thousandths = Math.abs(scaled);
        int length = 0;
        if (scaled < 0) {
            text[length++] = '-';
        }
        // Below LARGEST_PLAIN the whole part fits an int, whose divisions by 10 cost far less than a long's.
        int whole = (int) (thousandths / SCALE);
        int end = length + digitCount(whole);
        for (int at = end - 1; at >= length; at--, whole /= 10) {
            text[at] = digit(whole % 10);
        }
        length = end;
        text[length++] = '.';
        int fraction = (int) (thousandths % SCALE);
        text[length++] = digit(fraction / 100);
        if (fraction % 100 != 0) {
            text[length++] = digit(fraction / 10 % 10);
            if (fraction % 10 != 0) {
                text[length++] = digit(fraction % 10);
            }
        }
        return length;
    }

    private static int digitCount(int whole) {
        int count = 1;
        while (count < POWERS_OF_TEN.length && whole >= POWERS_OF_TEN[count]) {
            count++;
        }
        return count;
    }

    private static char digit(int value) {
        return (char) ('0' + value);
    }
}
