package com.myhomecontrol.media.control;

import com.myhomecontrol.platform.entity.InvalidInputException;

/** The refusal of an analysis whose id belongs to an analysis of another medium, named as the client posted it. */
final class AnalysisIdTaken {

    private AnalysisIdTaken() {
    }

    static InvalidInputException at(int index, int count) {
        return new InvalidInputException(count == 1 ? "analysis_id" : "[" + index + "].analysis_id",
                "belongs to an analysis of another medium");
    }
}
