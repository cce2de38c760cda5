package com.myhomecontrol.media.entity;

import java.util.List;
import java.util.Map;

/**
 * One page of a listing: its media, their analyses when asked for, how many media the filter
 * selects in all, and where the next page starts (null on the last page).
 */
public record MediaPage(List<Medium> media, Map<MediumKey, List<Analysis>> analyses, long total, Cursor next) {
}
