package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobDefinition;
import com.myhomecontrol.maintenance.entity.JobSchedule;
import com.myhomecontrol.maintenance.entity.JobStatus;
import com.myhomecontrol.platform.entity.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Each job with its schedule and its newest run, for the jobs API. */
@ApplicationScoped
public class MaintenanceJobs {

    @Inject
    JobSchedules schedules;

    public List<JobStatus> all() {
        Set<String> ran = JobRuns.ranJobs();
        return JobCatalog.JOBS.stream().map(job -> status(job, ran)).toList();
    }

    public JobStatus of(String job) {
        return status(JobCatalog.find(job).orElseThrow(() -> new NotFoundException("No job " + job)), JobRuns.ranJobs());
    }

    private JobStatus status(JobDefinition job, Set<String> ran) {
        Optional<JobSchedule> schedule = schedules.of(job.name());
        return new JobStatus(job.name(), schedule.map(JobSchedule::text).orElse(null),
                job.scheduleSetting().orElse(null), schedule.map(JobSchedule::problem).orElse(null),
                schedule.map(s -> schedules.zone().getId()).orElse(null),
                schedules.nextRun(job.name()).orElse(null), List.copyOf(JobCatalog.parameterNames(job)), JobRuns.latest(job.name(), ran).orElse(null));
    }
}
