package dev.vireo.backup.nativeio;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;

/** JNA direct mapping of the few libc calls we need (Linux, 64-bit off_t). */
final class LibC {
  static final int O_RDONLY = 0;
  static final int O_WRONLY = 1;
  static final int O_EXCL = 0x80;
  static final int O_CLOEXEC = 0x80000;
  static final int SEEK_DATA = 3;
  static final int SEEK_HOLE = 4;
  static final int FALLOC_FL_KEEP_SIZE = 1;
  static final int FALLOC_FL_PUNCH_HOLE = 2;
  static final int FALLOC_FL_ZERO_RANGE = 0x10;
  static final int ENXIO = 6;
  static final int EBUSY = 16;
  static final int EINVAL = 22;
  static final int EOPNOTSUPP = 95;

  static {
    Native.register("c");
  }

  private LibC() {}

  static native int open(String path, int flags) throws LastErrorException;

  static native int close(int fd) throws LastErrorException;

  static native long lseek(int fd, long offset, int whence) throws LastErrorException;

  static native int fallocate(int fd, int mode, long offset, long len) throws LastErrorException;
}
