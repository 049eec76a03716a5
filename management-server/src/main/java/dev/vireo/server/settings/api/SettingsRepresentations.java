package dev.vireo.server.settings.api;

import dev.vireo.server.settings.domain.RegistryKey;
import dev.vireo.server.settings.domain.RegistryValue;
import java.util.Base64;
import java.util.List;

/**
 * JSON shapes of registry keys and values. {@code data} is typed by kind: a string for String and
 * ExpandString, an array of strings for MultiString, a number for DWord, a decimal string for QWord
 * (unsigned 64-bit does not fit a JSON number safely), base64 for Binary.
 */
public final class SettingsRepresentations {
  private SettingsRepresentations() {}

  public record ValueRepresentation(String name, String kind, Object data) {
    static ValueRepresentation of(RegistryValue v) {
      Object data =
          switch (v.kind()) {
            case STRING, EXPAND_STRING -> v.asString();
            case MULTI_STRING -> v.asMultiString();
            case DWORD -> v.asDWord();
            case QWORD -> Long.toUnsignedString(v.asQWord());
            case BINARY -> Base64.getEncoder().encodeToString(v.asBinary());
          };
      return new ValueRepresentation(
          v.name().isDefault() ? "" : v.name().value(), v.kind().displayName(), data);
    }
  }

  public record KeyRepresentation(
      String id,
      String name,
      String etag,
      String path,
      List<ValueRepresentation> values,
      List<String> subkeys) {
    static KeyRepresentation of(RegistryKey k, String etag) {
      return new KeyRepresentation(
          k.path().toString(),
          k.name(),
          etag,
          k.path().toString(),
          k.values().stream().map(ValueRepresentation::of).toList(),
          k.subkeys().stream().map(RegistryKey::name).toList());
    }
  }

  /** A value to set: {@code kind} is String, ExpandString, MultiString, DWord, QWord or Binary. */
  public record SetValueRequest(String kind, Object data) {}

  public record ImportSummaryRepresentation(
      int keysWritten, int keysDeleted, int valuesSet, int valuesDeleted) {}
}
