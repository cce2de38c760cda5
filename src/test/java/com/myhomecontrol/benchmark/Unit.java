package com.myhomecontrol.benchmark;

import java.util.Locale;

/** The unit of a figure and how precisely it is worth printing. */
enum Unit {
    READINGS_PER_SECOND("readings/s", "%,.0f"),
    ROWS_PER_SECOND("rows/s", "%,.0f"),
    MILLISECONDS("ms", "%,.2f"),
    SECONDS("s", "%,.1f"),
    TIMES("x", "%,.1f"),
    MEGABYTES("MB", "%,.0f"),
    KILOBYTES("kB", "%,.0f"),
    PLUGS("plugs", "%,.0f"),
    READINGS("readings", "%,.0f"),
    CORES("cores", "%,.2f");

    private final String symbol;
    private final String format;

    Unit(String symbol, String format) {
        this.symbol = symbol;
        this.format = format;
    }

    String format(double value) {
        return String.format(Locale.ROOT, format, value) + " " + symbol;
    }
}
