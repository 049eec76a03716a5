/**
 * The {@code vireo-backup} command line (picocli): init, backup, list, restore, verify, prune, gc
 * and stats, with progress on stderr and {@code --json} output. An adapter only: it parses, calls
 * the engine and prints.
 */
package dev.vireo.backup.cli;
