package dev.vireo.server.settings.infrastructure.memory;

import dev.vireo.server.settings.application.RegistryStore;
import dev.vireo.server.settings.application.RegistryStoreContractTest;

class InMemoryRegistryStoreTest extends RegistryStoreContractTest {
  @Override
  protected RegistryStore createStore() {
    return new InMemoryRegistryStore();
  }
}
