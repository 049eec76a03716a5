package dev.vireo.server.inventory.domain;

import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import java.util.Optional;

/** Hardware profiles and VM templates. Implementations join the caller's transaction. */
public interface TemplateRepository {
  Optional<HardwareProfile> findProfile(String id);

  Optional<HardwareProfile> findProfileByName(String name);

  Page<HardwareProfile> listProfiles(Optional<String> nameContains, PageRequest page);

  Optional<VmTemplate> findTemplate(String id);

  Optional<VmTemplate> findTemplateByName(String name);

  Page<VmTemplate> listTemplates(
      Optional<String> nameContains, Optional<String> hardwareProfileId, PageRequest page);

  long countTemplatesUsingProfile(String profileId);

  long countTemplatesUsingResource(String resourceId);

  void add(HardwareProfile profile);

  void add(VmTemplate template);

  void remove(HardwareProfile profile);

  void remove(VmTemplate template);
}
