/** The server master key, kept in a file in the data directory, readable by the server only. */
package dev.vireo.server.security.infrastructure.keys;
