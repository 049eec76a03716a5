package dev.vireo.backup.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses byte sizes like {@code 100M}, {@code 64K}, {@code 1G} (binary units) or plain bytes. */
final class SizeConverter implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    String v = value.trim().toUpperCase(java.util.Locale.ROOT);
    long mult = 1;
    char last = v.isEmpty() ? '0' : v.charAt(v.length() - 1);
    switch (last) {
      case 'K' -> mult = 1L << 10;
      case 'M' -> mult = 1L << 20;
      case 'G' -> mult = 1L << 30;
      case 'T' -> mult = 1L << 40;
      default -> mult = 1;
    }
    String num = mult == 1 ? v : v.substring(0, v.length() - 1);
    try {
      return Long.parseLong(num) * mult;
    } catch (NumberFormatException e) {
      throw new TypeConversionException("not a size: " + value);
    }
  }
}
