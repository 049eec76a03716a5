package dev.vireo.server.jobs.domain;

import dev.vireo.server.shared.domain.Validation;

/**
 * The object a job works on, as the history shows it.
 *
 * @param type the object's kind, e.g. {@code host-group}
 * @param id the object's id
 * @param name the object's display name when the job was submitted
 */
public record JobTarget(String type, String id, String name) {
  public JobTarget {
    Validation.start()
        .requireText(type, "target.type")
        .requireMaxLength(type, 64, "target.type")
        .requireText(id, "target.id")
        .requireMaxLength(id, 128, "target.id")
        .requireMaxLength(name, 256, "target.name")
        .throwIfInvalid();
    name = name == null ? "" : name;
  }
}
