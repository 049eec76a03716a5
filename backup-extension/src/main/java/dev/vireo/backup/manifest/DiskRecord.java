package dev.vireo.backup.manifest;

import java.util.List;

/**
 * What a manifest says about one disk: size, chunk size, the SHA-256 of its index file, what the
 * backup read and stored, and the (merged, chunk-aligned) extents it read.
 */
public record DiskRecord(
    DiskId diskId,
    long diskSize,
    int chunkSize,
    byte[] indexSha256,
    long bytesRead,
    long bytesStored,
    long chunksNew,
    List<Extent> extentsRead) {
  public DiskRecord {
    indexSha256 = indexSha256.clone();
    extentsRead = List.copyOf(extentsRead);
  }

  @Override
  public byte[] indexSha256() {
    return indexSha256.clone();
  }

  public long chunkCount() {
    return (diskSize + chunkSize - 1) / chunkSize;
  }
}
