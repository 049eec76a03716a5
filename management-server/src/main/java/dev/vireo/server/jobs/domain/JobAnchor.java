package dev.vireo.server.jobs.domain;

import java.util.Optional;

/**
 * Where a job's target sat in the fabric when the job was submitted: the materialised path of its
 * host group and its cloud. Delegated administrators see the jobs whose anchor lies in their scope,
 * even after the target is gone.
 *
 * @param hostGroupPath the host group's materialised path ({@code /<root>/<child>/}), if the target
 *     is in the host-group tree
 * @param cloudId the cloud of the target (a cloud, or a VM in one)
 */
public record JobAnchor(Optional<String> hostGroupPath, Optional<String> cloudId) {
  public static JobAnchor none() {
    return new JobAnchor(Optional.empty(), Optional.empty());
  }
}
