package dev.vireo.server.jobs.infrastructure.persistence;

import dev.vireo.server.jobs.domain.Job;
import dev.vireo.server.jobs.domain.JobQuery;
import dev.vireo.server.jobs.domain.JobRepository;
import dev.vireo.server.jobs.domain.JobStatus;
import dev.vireo.server.jobs.domain.JobVisibility;
import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import dev.vireo.server.shared.domain.Utc;
import dev.vireo.server.shared.infrastructure.database.JpaQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaJobRepository implements JobRepository {
  private static final Map<String, String> SORT =
      Map.of(
          "createdAt", "j.createdAt",
          "startedAt", "j.startedAt",
          "endedAt", "j.endedAt",
          "name", "j.name",
          "type", "j.type",
          "status", "j.status",
          "owner", "j.ownerName");
  private static final List<JobStatus> FINISHED =
      List.of(JobStatus.COMPLETED, JobStatus.FAILED, JobStatus.CANCELLED);

  @PersistenceContext(unitName = "vireo")
  EntityManager em;

  @Override
  public Optional<Job> findById(String id) {
    return Optional.ofNullable(em.find(Job.class, id));
  }

  @Override
  public Page<Job> query(JobQuery q, PageRequest page) {
    JpaQueries.Where w = new JpaQueries.Where();
    q.status().ifPresent(s -> w.and("j.status = :status", "status", s));
    q.ownerId().ifPresent(o -> w.and("j.ownerId = :ownerId", "ownerId", o));
    q.ownerName().ifPresent(o -> w.and("j.ownerName = :ownerName", "ownerName", o));
    q.type().ifPresent(t -> w.and("j.type = :type", "type", t));
    q.targetType().ifPresent(t -> w.and("j.targetType = :targetType", "targetType", t));
    q.targetId().ifPresent(t -> w.and("j.targetId = :targetId", "targetId", t));
    q.from().ifPresent(f -> w.and("j.createdAt >= :from", "from", Utc.column(f)));
    q.to().ifPresent(t -> w.and("j.createdAt < :to", "to", Utc.column(t)));
    q.visibleTo().ifPresent(v -> w.and(visibility(v, w)));
    return JpaQueries.page(em, Job.class, "Job j", "j", w, page, SORT);
  }

  /** Own jobs, or anchored in a readable host-group subtree or cloud (served by indexes). */
  private static String visibility(JobVisibility v, JpaQueries.Where w) {
    List<String> any = new ArrayList<>();
    w.param("visMe", v.userId());
    any.add("j.ownerId = :visMe");
    if (!v.readPaths().isEmpty()) {
      any.add(w.anyPrefix("j.scopePath", v.readPaths(), "visPath"));
    }
    if (!v.readClouds().isEmpty()) {
      w.param("visClouds", v.readClouds());
      any.add("j.scopeCloudId IN :visClouds");
    }
    return String.join(" OR ", any);
  }

  @Override
  public void add(Job job) {
    em.persist(job);
  }

  @Override
  public void lockDispatch(String node) {
    int rows =
        em.createNativeQuery(
                "UPDATE job_dispatch_lock SET locked_by = ?1, locked_at = ?2 WHERE id = 1")
            .setParameter(1, node)
            .setParameter(2, Timestamp.valueOf(Utc.now()))
            .executeUpdate();
    if (rows != 1) {
      throw new IllegalStateException("The job_dispatch_lock row is missing; rerun the migrations");
    }
  }

  @Override
  public List<Job> queued(int limit) {
    return em.createQuery(
            "SELECT j FROM Job j WHERE j.status = :s ORDER BY j.createdAt ASC, j.id ASC", Job.class)
        .setParameter("s", JobStatus.QUEUED)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Job> running() {
    return em.createQuery("SELECT j FROM Job j WHERE j.status = :s", Job.class)
        .setParameter("s", JobStatus.RUNNING)
        .getResultList();
  }

  @Override
  public List<String> cancelRequested(String token) {
    return em.createQuery(
            "SELECT j.id FROM Job j WHERE j.status = :s AND j.cancelRequested = TRUE"
                + " AND j.claimToken = :t",
            String.class)
        .setParameter("s", JobStatus.RUNNING)
        .setParameter("t", token)
        .getResultList();
  }

  @Override
  public int renewLeases(String token, Instant leaseUntil) {
    return em.createQuery(
            "UPDATE Job j SET j.leaseExpiresAt = :l WHERE j.status = :s AND j.claimToken = :t")
        .setParameter("l", Utc.column(leaseUntil))
        .setParameter("s", JobStatus.RUNNING)
        .setParameter("t", token)
        .executeUpdate();
  }

  @Override
  public List<Job> runningOnNodeExcept(String node, String currentToken) {
    return em.createQuery(
            "SELECT j FROM Job j WHERE j.status = :s AND j.claimedBy = :n"
                + " AND (j.claimToken IS NULL OR j.claimToken <> :t)",
            Job.class)
        .setParameter("s", JobStatus.RUNNING)
        .setParameter("n", node)
        .setParameter("t", currentToken)
        .getResultList();
  }

  @Override
  public List<Job> runningWithLeaseExpiredBefore(Instant now) {
    return em.createQuery(
            "SELECT j FROM Job j WHERE j.status = :s AND j.leaseExpiresAt < :now", Job.class)
        .setParameter("s", JobStatus.RUNNING)
        .setParameter("now", Utc.column(now))
        .getResultList();
  }

  @Override
  public long countFinishedBefore(Instant cutoff) {
    return em.createQuery(
            "SELECT COUNT(j) FROM Job j WHERE j.status IN :f AND j.endedAt < :c", Long.class)
        .setParameter("f", FINISHED)
        .setParameter("c", Utc.column(cutoff))
        .getSingleResult();
  }

  @Override
  public int deleteFinishedBefore(Instant cutoff, int limit) {
    List<String> ids =
        em.createQuery(
                "SELECT j.id FROM Job j WHERE j.status IN :f AND j.endedAt < :c ORDER BY j.endedAt",
                String.class)
            .setParameter("f", FINISHED)
            .setParameter("c", Utc.column(cutoff))
            .setMaxResults(limit)
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    // job_step rows go with their job (ON DELETE CASCADE in the schema).
    return em.createQuery("DELETE FROM Job j WHERE j.id IN :ids")
        .setParameter("ids", ids)
        .executeUpdate();
  }
}
