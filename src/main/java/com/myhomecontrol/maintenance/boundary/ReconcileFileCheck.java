package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.OrphanJson;
import com.myhomecontrol.maintenance.control.OrphanRules;
import com.myhomecontrol.maintenance.entity.WalkedFile;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.time.Clock;

/** Passes on, as the orphan log holds it, a file of {@code reconcile} that no row names; drops the rest. */
@Dependent
@Named("reconcileFileCheck")
public class ReconcileFileCheck implements ItemProcessor {

    private final Clock clock = Clock.systemUTC();

    @Override
    public Object processItem(Object item) {
        WalkedFile walked = (WalkedFile) item;
        return OrphanRules.isOrphan(walked, clock.instant()) ? OrphanJson.of(walked.file()) : null;
    }
}
