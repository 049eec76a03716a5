package dev.vireo.server.shared.domain;

/**
 * One invalid field of a request.
 *
 * @param field the field's JSON path, e.g. {@code memoryMb} or {@code disks[1].capacityBytes}
 * @param message what is wrong and what is allowed
 */
public record FieldError(String field, String message) {}
