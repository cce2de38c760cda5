package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.JobLauncher;
import com.myhomecontrol.maintenance.control.JobSchedules;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import java.util.Map;

/** The scheduled jobs' timers (see {@link JobSchedules}); a timeout only starts its job. */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class JobScheduleTimers {

    @Resource
    TimerService timers;

    @Inject
    JobSchedules schedules;

    @PostConstruct
    void schedule() {
        schedules.schedule(timers);
    }

    @Timeout
    void start(Timer timer) {
        JobLauncher.start((String) timer.getInfo(), Map.of(), "its schedule");
    }
}
