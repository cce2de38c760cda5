package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.BackupCatalog;
import com.myhomecontrol.maintenance.control.JobEnvironment;
import com.myhomecontrol.maintenance.control.JobLauncher;
import com.myhomecontrol.maintenance.control.JobParametersReader;
import com.myhomecontrol.maintenance.control.JobRuns;
import com.myhomecontrol.maintenance.control.MaintenanceJobs;
import com.myhomecontrol.maintenance.entity.BackupSummary;
import com.myhomecontrol.maintenance.entity.JobRun;
import com.myhomecontrol.maintenance.entity.JobStatus;
import com.myhomecontrol.platform.control.JsonBodyReader;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import java.io.InputStream;
import java.util.List;

/** The maintenance jobs: their schedules and runs and the backup sets for every user, starting a job for an admin. */
@Path("maintenance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MaintenanceResource {

    @Inject
    MaintenanceJobs jobs;

    @Inject
    JsonBodyReader bodyReader;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @Path("jobs")
    public List<JobStatus> jobs() {
        return jobs.all();
    }

    @GET
    @Path("jobs/{name}")
    public JobStatus job(@PathParam("name") String name) {
        return jobs.of(name);
    }

    @GET
    @Path("backups")
    public List<BackupSummary> backups() {
        return BackupCatalog.list(JobEnvironment.current().backupsDirectory());
    }

    @POST
    @Path("jobs/{name}")
    @RolesAllowed("admin")
    public Response start(@PathParam("name") String name, InputStream body) {
        long executionId = JobLauncher.start(name, JobParametersReader.read(bodyReader, body),
                security.getUserPrincipal().getName());
        JobRun run = JobRuns.of(executionId);
        return Response.accepted(run).location(uri.getBaseUriBuilder().path("maintenance/jobs").path(name).build()).build();
    }
}
