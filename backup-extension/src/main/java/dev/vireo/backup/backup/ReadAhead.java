package dev.vireo.backup.backup;

import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.nativeio.AlignedBuffers;
import dev.vireo.backup.source.ChunkRange;
import dev.vireo.backup.source.ChunkRanges;
import dev.vireo.backup.source.DiskSource;
import java.nio.ByteBuffer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads the chunks a {@link DiskBackup} will ask for ahead of it, on a thread of its own, in large
 * aligned slices ({@link DiskSource#readBlock}, direct I/O for files), so that the disk works while
 * the workers hash and compress. It walks its own copy of the source's chunk ranges — the same
 * sequence the backup reads — holding at most {@link #DEPTH} slices of up to {@link #SLICE} bytes.
 * A chunk that is not in the slice at hand (e.g. a chunk re-read to heal the repository) is read
 * directly. One consumer thread.
 */
final class ReadAhead implements AutoCloseable {
  static final int SLICE = 4 << 20;
  static final int DEPTH = 3;

  private record Slice(long first, long end, ByteBuffer data, RuntimeException error) {
    static final Slice END = new Slice(Long.MAX_VALUE, Long.MAX_VALUE, null, null);
  }

  private final DiskSource source;
  private final int chunkSize;
  private final int sliceChunks;
  private final BlockingQueue<ByteBuffer> free = new ArrayBlockingQueue<>(DEPTH);
  private final BlockingQueue<Slice> ready = new LinkedBlockingQueue<>();
  private final Thread reader;
  private volatile boolean closed;
  private Slice head;

  ReadAhead(DiskSource source, int chunkSize) {
    this.source = source;
    this.chunkSize = chunkSize;
    this.sliceChunks = Math.max(1, SLICE / chunkSize);
    int bufferSize = AlignedBuffers.roundUp(sliceChunks * chunkSize);
    for (int i = 0; i < DEPTH; i++) {
      free.add(AlignedBuffers.take(bufferSize));
    }
    this.reader = new Thread(this::readAll, "vireo-read-ahead-" + source.diskId());
    reader.setDaemon(true);
    reader.start();
  }

  /** Reads chunk {@code c} ({@code len} bytes) into {@code buf} from {@code off}. */
  void read(long c, byte[] buf, int off, int len) {
    while (true) {
      if (head == null) {
        head = take();
      }
      if (head.error() != null) {
        throw head.error();
      }
      if (c < head.first() || head == Slice.END) {
        readDirectly(c, buf, off, len);
        return;
      }
      if (c < head.end()) {
        head.data().get((int) ((c - head.first()) * chunkSize), buf, off, len);
        return;
      }
      free.add(head.data());
      head = null;
    }
  }

  private void readDirectly(long c, byte[] buf, int off, int len) {
    byte[] into = off == 0 ? buf : new byte[len];
    synchronized (source) {
      source.read(c * chunkSize, into, len);
    }
    if (into != buf) {
      System.arraycopy(into, 0, buf, off, len);
    }
  }

  private Slice take() {
    try {
      return ready.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BackupException(ErrorCode.INTERRUPTED, "interrupted", e);
    }
  }

  private void readAll() {
    try {
      ChunkRanges ranges;
      synchronized (source) {
        ranges = new ChunkRanges(source.extents(), chunkSize, source.size());
      }
      while (!closed && hasNext(ranges)) {
        ChunkRange r = next(ranges);
        for (long first = r.first(); first < r.end() && !closed; first += sliceChunks) {
          readSlice(first, Math.min(r.end(), first + sliceChunks));
        }
      }
      ready.add(Slice.END);
    } catch (RuntimeException e) {
      ready.add(new Slice(0, 0, null, e));
    }
  }

  private boolean hasNext(ChunkRanges ranges) {
    synchronized (source) {
      return ranges.hasNext();
    }
  }

  private ChunkRange next(ChunkRanges ranges) {
    synchronized (source) {
      return ranges.next();
    }
  }

  private void readSlice(long first, long end) {
    ByteBuffer b = freeBuffer();
    if (b == null) {
      return; // closed
    }
    long bytes = Math.min(source.size(), end * chunkSize) - first * chunkSize;
    b.clear().limit(AlignedBuffers.roundUp((int) bytes));
    synchronized (source) {
      source.readBlock(first * chunkSize, b);
    }
    ready.add(new Slice(first, end, b, null));
  }

  private ByteBuffer freeBuffer() {
    try {
      ByteBuffer b = null;
      while (b == null && !closed) {
        b = free.poll(100, TimeUnit.MILLISECONDS);
      }
      return b;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Stops reading ahead (without interrupting a read in progress) and returns the buffers. */
  @Override
  public void close() {
    closed = true;
    try {
      reader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (head != null && head.data() != null) {
      AlignedBuffers.give(head.data());
    }
    for (Slice s = ready.poll(); s != null; s = ready.poll()) {
      AlignedBuffers.give(s.data());
    }
    free.forEach(AlignedBuffers::give);
    free.clear();
  }
}
