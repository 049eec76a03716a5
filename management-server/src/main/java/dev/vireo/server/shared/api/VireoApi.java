package dev.vireo.server.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, version 1. Resources and providers are discovered by CDI scanning. */
@ApplicationPath("/api/v1")
public class VireoApi extends Application {}
