package dev.vireo.server.settings.application;

/**
 * What a {@code .reg} import did.
 *
 * @param keysWritten {@code [key]} sections applied
 * @param keysDeleted {@code [-key]} sections applied
 * @param valuesSet values set
 * @param valuesDeleted {@code "name"=-} lines applied
 */
public record ImportSummary(int keysWritten, int keysDeleted, int valuesSet, int valuesDeleted) {}
