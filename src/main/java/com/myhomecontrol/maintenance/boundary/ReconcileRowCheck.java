package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.OrphanJson;
import com.myhomecontrol.maintenance.control.OrphanRules;
import com.myhomecontrol.media.entity.MediumFile;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.time.Clock;

/** Passes on, as the orphan log holds it, a row of {@code reconcile} whose file is missing; drops the rest. */
@Dependent
@Named("reconcileRowCheck")
public class ReconcileRowCheck implements ItemProcessor {

    private final Clock clock = Clock.systemUTC();

    @Override
    public Object processItem(Object item) {
        MediumFile row = (MediumFile) item;
        return OrphanRules.isOrphan(row, clock.instant()) ? OrphanJson.of(row) : null;
    }
}
