package dev.vireo.server.settings.api;

import dev.vireo.server.settings.api.SettingsRepresentations.SetValueRequest;
import dev.vireo.server.settings.domain.RegistryValue;
import dev.vireo.server.settings.domain.RegistryValueKind;
import dev.vireo.server.settings.domain.ValueName;
import dev.vireo.server.shared.domain.CommonError;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.FieldError;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;

/** Turns a JSON value request into a typed registry value, with precise errors. */
final class ValueRequests {
  private ValueRequests() {}

  static RegistryValue toValue(ValueName name, SetValueRequest body) {
    RegistryValueKind kind;
    try {
      kind = body.kind() == null ? null : RegistryValueKind.parse(body.kind());
    } catch (RuntimeException e) {
      kind = null;
    }
    if (kind == null) {
      throw invalid(
          "kind", "must be one of String, ExpandString, MultiString, DWord, QWord, Binary");
    }
    Object d = body.data();
    try {
      return switch (kind) {
        case STRING -> RegistryValue.string(name, text(d));
        case EXPAND_STRING -> RegistryValue.expandString(name, text(d));
        case MULTI_STRING -> RegistryValue.multiString(name, strings(d));
        case DWORD -> RegistryValue.dword(name, number(d, 0xFFFF_FFFFL));
        case QWORD -> RegistryValue.qword(name, unsigned64(d));
        case BINARY -> RegistryValue.binary(name, Base64.getDecoder().decode(text(d)));
      };
    } catch (IllegalArgumentException e) {
      throw invalid("data", "is not valid " + kind.displayName() + " data: " + e.getMessage());
    }
  }

  private static String text(Object d) {
    if (d instanceof String s) {
      return s;
    }
    throw new IllegalArgumentException("expected a string");
  }

  private static List<String> strings(Object d) {
    if (d instanceof List<?> l && l.stream().allMatch(x -> x instanceof String)) {
      return l.stream().map(String.class::cast).toList();
    }
    throw new IllegalArgumentException("expected an array of strings");
  }

  private static long number(Object d, long max) {
    BigDecimal n =
        d instanceof Number num
            ? new BigDecimal(num.toString())
            : d instanceof String s ? new BigDecimal(s.trim()) : null;
    if (n == null
        || n.scale() > 0 && n.stripTrailingZeros().scale() > 0
        || n.signum() < 0
        || n.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new IllegalArgumentException("expected a whole number from 0 to " + max);
    }
    return n.longValueExact();
  }

  private static long unsigned64(Object d) {
    String s = d instanceof Number || d instanceof String ? d.toString().trim() : "";
    try {
      return Long.parseUnsignedLong(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a whole number from 0 to 18446744073709551615");
    }
  }

  private static DomainException invalid(String field, String message) {
    return new DomainException(
        CommonError.VALIDATION_FAILED,
        "Field '" + field + "' " + message + ".",
        List.of(new FieldError(field, message)));
  }
}
