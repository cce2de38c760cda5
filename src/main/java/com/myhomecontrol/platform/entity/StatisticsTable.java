package com.myhomecontrol.platform.entity;

/** A table of statistics with one row per series and aligned period of {@code seconds}, which start in {@code startColumn}. */
public record StatisticsTable(String name, String startColumn, long seconds) {
}
