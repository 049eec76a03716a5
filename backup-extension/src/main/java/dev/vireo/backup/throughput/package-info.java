/** Throughput controls shared by backup and restore: bandwidth limiting and progress reporting. */
package dev.vireo.backup.throughput;
