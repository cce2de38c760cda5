package com.myhomecontrol.media.entity;

import java.util.List;

/** One page of an analysis search and where the next starts (null on the last page). */
public record AnalysisPage(List<Analysis> analyses, Cursor next) {
}
