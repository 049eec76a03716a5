/**
 * What every bounded context of the server shares: error model, identifiers, paging, database
 * access and the REST plumbing.
 */
package dev.vireo.server.shared;
