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
import com.myhomecontrol.platform.boundary.ApiProblems;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.List;

/** The maintenance jobs: their schedules and runs and the backup sets for every user, starting a job for an admin. */
@Path("maintenance")
@Tag(name = "Maintenance", description = "The batch jobs (backup, restore, retention, rollup, reconcile, migrate) and the backup sets")
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
    @Operation(summary = "The batch jobs", description = "Each job with its schedule, next run and newest run.")
    public List<JobStatus> jobs() {
        return jobs.all();
    }

    @GET
    @Path("jobs/{name}")
    @Operation(summary = "One batch job", description = "Its schedule, next run and newest run with status and progress.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public JobStatus job(@Parameter(description = "The job", example = "backup") @PathParam("name") String name) {
        return jobs.of(name);
    }

    @GET
    @Path("backups")
    @Operation(summary = "The backup sets", description = "Newest first, from their manifests, with their verification.")
    public List<BackupSummary> backups() {
        return BackupCatalog.list(JobEnvironment.current().backupsDirectory());
    }

    @POST
    @Path("jobs/{name}")
    @RolesAllowed("admin")
    @Operation(summary = "Start a batch job", description = "With the job parameters given; follow the run with GET.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
            description = "Job parameters (texts, numbers or booleans) as batch-jobs/README.md names them, or empty for "
            + "the defaults", example = "{\"keep\": 14}")))
    @APIResponse(responseCode = "202", description = "The new run; Location names the job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobRun.class)))
    public Response start(@Parameter(description = "The job", example = "backup") @PathParam("name") String name,
                          InputStream body) {
        long executionId = JobLauncher.start(name, JobParametersReader.read(bodyReader, body),
                security.getUserPrincipal().getName());
        JobRun run = JobRuns.of(executionId);
        return Response.accepted(run).location(uri.getBaseUriBuilder().path("maintenance/jobs").path(name).build()).build();
    }
}
