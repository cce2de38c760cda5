package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.JobEnvironment;
import com.myhomecontrol.maintenance.control.MediaJobDatabase;
import com.myhomecontrol.maintenance.control.ReconcileParametersParser;
import com.myhomecontrol.maintenance.control.ReconcileWork;
import com.myhomecontrol.maintenance.entity.ReconcileParameters;
import jakarta.batch.runtime.context.JobContext;
import jakarta.persistence.EntityManagerFactory;

import java.util.Properties;

/**
 * What every step of {@code reconcile} starts from. The job parameters reach the steps as the
 * job's properties (reconcile.xml), and each step checks them itself: a restarted job begins at
 * the step that failed, without the steps before it.
 */
final class ReconcileJob {

    private static final String WHY = "reconcile compares the media files with the metadata rows in PostgreSQL";

    private ReconcileJob() {
    }

    static ReconcileParameters parameters(JobContext job) {
        Properties properties = job.getProperties();
        return new ReconcileParametersParser(JobEnvironment.current()).parse(properties.getProperty("dryRun"),
                properties.getProperty("deleteFiles"), properties.getProperty("mediaRoots"),
                properties.getProperty("reportsDir"), properties.getProperty("postgresUrl"));
    }

    /** @param serverUnit the container's media unit; null under JBeret in Java SE, which injects none */
    static MediaJobDatabase database(ReconcileParameters parameters, EntityManagerFactory serverUnit) {
        return MediaJobDatabase.open(JobEnvironment.current(), parameters.postgresUrl(), serverUnit, WHY);
    }

    static ReconcileWork work(ReconcileParameters parameters, JobContext job) {
        return new ReconcileWork(parameters.workDirectory(job.getInstanceId()));
    }
}
