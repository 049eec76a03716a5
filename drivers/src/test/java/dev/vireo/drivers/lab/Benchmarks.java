package dev.vireo.drivers.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends measured figures to {@code -Dvireo.benchmarks.out} (and stdout) for the docs. */
public final class Benchmarks {
  private Benchmarks() {}

  public static synchronized void record(String figure) {
    System.out.println("BENCHMARK " + figure);
    String out = System.getProperty("vireo.benchmarks.out");
    if (out == null) {
      return;
    }
    try {
      Files.writeString(
          Path.of(out),
          figure + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      System.err.println("cannot write " + out + ": " + e);
    }
  }
}
