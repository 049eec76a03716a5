package dev.vireo.server.jobs.api;

import dev.vireo.server.jobs.api.JobRepresentations.JobRepresentation;
import dev.vireo.server.jobs.api.JobRepresentations.SubmitJobRequest;
import dev.vireo.server.jobs.application.JobService;
import dev.vireo.server.jobs.domain.Job;
import dev.vireo.server.jobs.domain.JobParameters;
import dev.vireo.server.jobs.domain.JobQuery;
import dev.vireo.server.jobs.domain.JobStatus;
import dev.vireo.server.jobs.domain.JobTarget;
import dev.vireo.server.shared.api.EntityTags;
import dev.vireo.server.shared.api.PageRepresentation;
import dev.vireo.server.shared.api.PagingParameters;
import dev.vireo.server.shared.api.QueryValues;
import dev.vireo.server.shared.api.RequestBodies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Jobs: submit the job types that stand on their own, read the history (newest first by default)
 * and one job with its steps, cancel and restart.
 */
@Path("jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {
  private static final Set<String> SORTABLE =
      Set.of("createdAt", "startedAt", "endedAt", "name", "type", "status", "owner");

  @Inject JobService jobs;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response submit(SubmitJobRequest body) {
    SubmitJobRequest b = RequestBodies.require(body);
    JobParameters parameters = JobParameters.of(b.parameters() == null ? Map.of() : b.parameters());
    Optional<JobTarget> target =
        Optional.ofNullable(b.target()).map(JobRepresentations.TargetRepresentation::toTarget);
    return JobResponses.accepted(jobs.submitDirectly(b.type(), parameters, target), uri);
  }

  @GET
  public PageRepresentation<JobRepresentation> history(
      @BeanParam PagingParameters paging,
      @QueryParam("status") String status,
      @QueryParam("owner") String owner,
      @QueryParam("type") String type,
      @QueryParam("targetType") String targetType,
      @QueryParam("targetId") String targetId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    JobQuery query =
        new JobQuery(
            QueryValues.enumValue(status, JobStatus.class, "status"),
            Optional.empty(),
            text(owner),
            text(type),
            text(targetType),
            text(targetId),
            QueryValues.instant(from, "from"),
            QueryValues.instant(to, "to"),
            Optional.empty());
    return PageRepresentation.of(
        jobs.history(query, paging.toPageRequest(SORTABLE, "-createdAt"))
            .map(JobRepresentation::summary));
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    Job job = jobs.get(id);
    return Response.ok(JobRepresentation.of(job)).tag(EntityTags.of(job.version())).build();
  }

  /** 202 while a running job is asked to stop; 200 when the job is cancelled at once. */
  @POST
  @Path("{id}/actions/cancel")
  public Response cancel(@PathParam("id") String id) {
    Job job = jobs.cancel(id);
    Response.ResponseBuilder r =
        job.status().finished()
            ? Response.ok(JobRepresentation.of(job))
            : Response.accepted(JobRepresentation.of(job));
    return r.location(JobResponses.location(job, uri)).tag(EntityTags.of(job.version())).build();
  }

  @POST
  @Path("{id}/actions/restart")
  public Response restart(@PathParam("id") String id) {
    return JobResponses.accepted(jobs.restart(id), uri);
  }

  private static Optional<String> text(String v) {
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
  }
}
