package dev.vireo.server.jobs.api;

import dev.vireo.server.jobs.api.JobRepresentations.JobRepresentation;
import dev.vireo.server.jobs.domain.Job;
import dev.vireo.server.shared.api.EntityTags;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * The answer to any request that started a job: {@code 202 Accepted}, {@code Location} of the job
 * under {@code /api/v1/jobs}, and the job's representation. For resources of every context:
 *
 * <pre>{@code
 * Job job = jobService.submit("Inventory.DeleteHostGroup", params, Optional.of(target));
 * return JobResponses.accepted(job, uriInfo);
 * }</pre>
 */
public final class JobResponses {
  private JobResponses() {}

  public static Response accepted(Job job, UriInfo uriInfo) {
    return Response.accepted(JobRepresentation.of(job))
        .location(location(job, uriInfo))
        .tag(EntityTags.of(job.version()))
        .build();
  }

  /** The job's absolute URI, e.g. {@code http://host/vireo/api/v1/jobs/<id>}. */
  public static URI location(Job job, UriInfo uriInfo) {
    return uriInfo.getBaseUriBuilder().path("jobs").path(job.id()).build();
  }
}
