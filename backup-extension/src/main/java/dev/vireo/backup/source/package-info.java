/**
 * Where disk bytes come from: a sparse-aware raw image ({@code SEEK_DATA}/{@code SEEK_HOLE}) or a
 * source with an explicit list of changed extents (the hook for changed-block tracking). Sources
 * produce extents lazily so memory does not grow with disk size.
 */
package dev.vireo.backup.source;
