package dev.vireo.server.settings.application.internal;

import dev.vireo.server.settings.application.ImportSummary;
import dev.vireo.server.settings.application.RegistryStore;
import dev.vireo.server.settings.application.SettingScope;
import dev.vireo.server.settings.application.SettingsService;
import dev.vireo.server.settings.application.WellKnownSetting;
import dev.vireo.server.settings.application.WellKnownSettings;
import dev.vireo.server.settings.domain.RegistryChange;
import dev.vireo.server.settings.domain.RegistryKey;
import dev.vireo.server.settings.domain.RegistryPath;
import dev.vireo.server.settings.domain.RegistryValue;
import dev.vireo.server.settings.domain.SettingsException;
import dev.vireo.server.settings.domain.ValueName;
import dev.vireo.server.settings.domain.regfile.RegEncoding;
import dev.vireo.server.settings.domain.regfile.RegFileReader;
import dev.vireo.server.settings.domain.regfile.RegFileWriter;
import dev.vireo.server.settings.domain.regfile.RegScript;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link SettingsService} over two {@link RegistryStore}s: the machine-local hive and the shared
 * store. Keys below {@link WellKnownSettings#MACHINE_LOCAL_KEYS} go to the hive, all others to the
 * shared store; the root's view merges both. Thread-safe when the stores are.
 */
public final class RegistrySettingsService implements SettingsService {
  private final RegistryStore machineLocal;
  private final RegistryStore shared;
  private final SettingsPolicy policy = new SettingsPolicy();

  public RegistrySettingsService(RegistryStore machineLocal, RegistryStore shared) {
    this.machineLocal = Objects.requireNonNull(machineLocal, "machineLocal");
    this.shared = Objects.requireNonNull(shared, "shared");
  }

  private RegistryStore storeFor(RegistryPath path) {
    return WellKnownSettings.scopeOf(path) == SettingScope.MACHINE_LOCAL ? machineLocal : shared;
  }

  @Override
  public RegistryKey getKey(RegistryPath path) {
    return findKey(path).orElseThrow(() -> SettingsException.keyNotFound(path));
  }

  @Override
  public Optional<RegistryKey> findKey(RegistryPath path) {
    if (!path.isRoot()) {
      return storeFor(path).findKey(path);
    }
    RegistryKey root = shared.snapshot();
    machineLocal.snapshot().subkeys().forEach(root::attachSubkey);
    return Optional.of(root);
  }

  @Override
  public RegistryValue getValue(RegistryPath path, ValueName name) {
    return getKey(path).getValue(name);
  }

  @Override
  public Optional<RegistryValue> findValue(RegistryPath path, ValueName name) {
    return storeFor(path).findValue(path, name);
  }

  @Override
  public RegistryValue effectiveValue(WellKnownSetting setting) {
    return findValue(setting.key(), setting.name())
        .filter(value -> value.kind() == setting.kind())
        .or(() -> setting.fallback().map(this::effectiveValue))
        .map(value -> value.renamedTo(setting.name()))
        .orElse(setting.defaultValue());
  }

  @Override
  public long dword(WellKnownSetting setting) {
    return effectiveValue(setting).asDWord();
  }

  @Override
  public long qword(WellKnownSetting setting) {
    return effectiveValue(setting).asQWord();
  }

  @Override
  public String string(WellKnownSetting setting) {
    return effectiveValue(setting).asString();
  }

  @Override
  public String expandedString(WellKnownSetting setting, Map<String, String> variables) {
    return EnvironmentStrings.expand(string(setting), variables);
  }

  @Override
  public List<String> multiString(WellKnownSetting setting) {
    return effectiveValue(setting).asMultiString();
  }

  @Override
  public byte[] binary(WellKnownSetting setting) {
    return effectiveValue(setting).asBinary();
  }

  @Override
  public void createKey(RegistryPath path) {
    storeFor(path).apply(List.of(new RegistryChange.CreateKey(path)));
  }

  @Override
  public void setValue(RegistryPath path, RegistryValue value) {
    policy.checkValue(path, value);
    storeFor(path).apply(List.of(new RegistryChange.SetValue(path, value)));
  }

  @Override
  public void deleteValue(RegistryPath path, ValueName name) {
    storeFor(path).apply(List.of(new RegistryChange.DeleteValue(path, name, true)));
  }

  @Override
  public void renameValue(RegistryPath path, ValueName from, ValueName to) {
    policy.checkValue(path, getValue(path, from).renamedTo(to));
    storeFor(path).apply(List.of(new RegistryChange.RenameValue(path, from, to)));
  }

  @Override
  public void deleteKey(RegistryPath path, boolean recursive) {
    storeFor(path).apply(List.of(new RegistryChange.DeleteKey(path, recursive, true)));
  }

  @Override
  public byte[] exportReg(RegistryPath path, RegEncoding encoding) {
    return RegFileWriter.write(getKey(path), encoding);
  }

  @Override
  public ImportSummary importReg(byte[] document) {
    RegScript script = RegFileReader.read(document);
    policy.checkScript(script);
    return new RegImport(machineLocal, shared).run(script);
  }
}
