/**
 * Domain building blocks shared by all contexts: the error model ({@link
 * dev.vireo.server.shared.domain.DomainException} with an {@link
 * dev.vireo.server.shared.domain.ErrorCode}), typed identifiers and paging values. Nothing here
 * knows about JAX-RS, JPA or Shiro.
 */
package dev.vireo.server.shared.domain;
