package dev.vireo.backup.prune;

import dev.vireo.backup.manifest.RecoveryPointId;
import java.util.List;
import java.util.Map;

/** Which points a policy keeps (with the rules that keep them) and which it removes. */
public record PrunePlan(Map<RecoveryPointId, List<String>> keep, List<RecoveryPointId> remove) {}
