package com.myhomecontrol.health.control;

import com.myhomecontrol.maintenance.entity.JobEnded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/** The runs of the batch jobs, counted per job and outcome, with their durations per job. */
@ApplicationScoped
public class JobMetrics {

    private static final Metadata RUNS = Metadata.builder().withName("job_runs")
            .withDescription("Ended runs of a batch job, per job and outcome (completed, failed, stopped)").build();
    private static final Metadata DURATION = Metadata.builder().withName("job_run").withUnit(MetricUnits.SECONDS)
            .withDescription("Duration of the runs of a batch job, whatever their outcome").build();

    @Inject
    MetricRegistry registry;

    void record(@Observes JobEnded ended) {
        registry.counter(RUNS, new Tag("job", ended.job()), new Tag("outcome", ended.outcome())).inc();
        registry.timer(DURATION, new Tag("job", ended.job())).update(ended.took());
    }
}
