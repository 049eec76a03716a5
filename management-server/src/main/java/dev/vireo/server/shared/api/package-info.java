/**
 * REST plumbing shared by every context: the JAX-RS application under {@code /api/v1}, RFC 9457
 * Problem Details for every error, paging parameters and entity tags.
 */
package dev.vireo.server.shared.api;
