package dev.vireo.drivers.spi;

import java.time.Duration;

/** A finished migration: how long it took and the last progress seen. */
public record MigrationResult(Duration duration, JobProgress lastProgress) {}
