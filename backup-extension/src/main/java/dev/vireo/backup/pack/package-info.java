/**
 * Packs: files holding many sealed chunks (blobs) and a sealed table of contents; writing them
 * crash-safely, reading their tables and blobs, and the in-memory map from digest to location.
 */
package dev.vireo.backup.pack;
