package dev.vireo.backup.pack;

/** Where a stored chunk lives. */
public record ChunkLocation(PackId pack, long offset, int sealedLength, int plainLength) {
  public static ChunkLocation of(PackId pack, PackEntry e) {
    return new ChunkLocation(pack, e.offset(), e.sealedLength(), e.plainLength());
  }
}
