package dev.vireo.server.settings.domain.regfile;

import java.util.List;

/** Walks the physical lines of a document and knows the 1-based number of the current one. */
final class LineCursor {
  private final List<String> lines;
  private int index;

  LineCursor(List<String> lines, int start) {
    this.lines = lines;
    this.index = start;
  }

  boolean hasNext() {
    return index < lines.size();
  }

  String peek() {
    return lines.get(index);
  }

  String next() {
    return lines.get(index++);
  }

  /** 1-based number of the line last returned by {@link #next()}. */
  int lineNumber() {
    return index;
  }
}
