package dev.vireo.server.settings.infrastructure.cdi;

import dev.vireo.server.settings.application.SettingsService;
import dev.vireo.server.settings.application.internal.RegistrySettingsService;
import dev.vireo.server.settings.infrastructure.hive.HiveFile;
import dev.vireo.server.settings.infrastructure.hive.HiveRegistryStore;
import dev.vireo.server.settings.infrastructure.persistence.JpaRegistryStore;
import dev.vireo.server.shared.infrastructure.database.ServerEnvironment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** The one {@link SettingsService} of the server. */
@ApplicationScoped
public class SettingsProducer {
  @Inject JpaRegistryStore shared;

  @Produces
  @ApplicationScoped
  SettingsService settingsService() {
    HiveRegistryStore hive =
        HiveRegistryStore.shared(HiveFile.inDirectory(ServerEnvironment.dataDirectory()));
    return new RegistrySettingsService(hive, shared);
  }
}
