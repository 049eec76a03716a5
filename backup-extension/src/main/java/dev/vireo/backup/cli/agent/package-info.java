/**
 * The CLI agent: a per-user process that runs {@code vireo-backup} commands in a JVM that stays
 * warm between them (docs/adr/0008-cli-agent.md). {@link dev.vireo.backup.cli.agent.AgentServer}
 * serves a Unix domain socket in a directory only its user can enter; {@link
 * dev.vireo.backup.cli.agent.AgentClient} is what a command line tries first.
 */
package dev.vireo.backup.cli.agent;
