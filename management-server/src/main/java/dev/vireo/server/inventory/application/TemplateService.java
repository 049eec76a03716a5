package dev.vireo.server.inventory.application;

import dev.vireo.server.inventory.domain.HardwareProfile;
import dev.vireo.server.inventory.domain.InventoryError;
import dev.vireo.server.inventory.domain.InventoryErrors;
import dev.vireo.server.inventory.domain.LibraryRepository;
import dev.vireo.server.inventory.domain.LibraryResource;
import dev.vireo.server.inventory.domain.TemplateRepository;
import dev.vireo.server.inventory.domain.VmTemplate;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import dev.vireo.server.shared.domain.Validation;
import dev.vireo.server.shared.domain.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Hardware profiles and VM templates: readable by every signed-in user, changed by Administrators.
 */
@ApplicationScoped
@Transactional
public class TemplateService {
  @Inject TemplateRepository templates;
  @Inject LibraryRepository library;
  @Inject InventoryAccess access;

  public HardwareProfile createProfile(HardwareProfile.Settings s) {
    access.requireAdministrator("hardware profiles");
    HardwareProfile p = HardwareProfile.create(s);
    requireFreeProfileName(s.name(), null);
    templates.add(p);
    return p;
  }

  public HardwareProfile profile(String id) {
    access.current();
    return templates
        .findProfile(id)
        .orElseThrow(
            () ->
                InventoryErrors.notFound(
                    InventoryError.INVENTORY_HARDWARE_PROFILE_NOT_FOUND, "hardware profile", id));
  }

  public Page<HardwareProfile> profiles(Optional<String> nameContains, PageRequest page) {
    access.current();
    return templates.listProfiles(nameContains, page);
  }

  public HardwareProfile updateProfile(
      String id, long expectedVersion, HardwareProfile.Settings s) {
    access.requireAdministrator("hardware profiles");
    HardwareProfile p = profile(id);
    Versions.check(expectedVersion, p.version());
    if (s.name() != null) {
      requireFreeProfileName(s.name(), p.id());
    }
    p.change(s);
    return p;
  }

  public void removeProfile(String id, long expectedVersion) {
    access.requireAdministrator("hardware profiles");
    HardwareProfile p = profile(id);
    Versions.check(expectedVersion, p.version());
    long n = templates.countTemplatesUsingProfile(p.id());
    if (n > 0) {
      throw new DomainException(
          InventoryError.INVENTORY_IN_USE,
          "Hardware profile '" + p.name() + "' is used by " + n + " VM template(s).");
    }
    templates.remove(p);
  }

  public VmTemplate createTemplate(
      String name, String description, String profileId, String diskResourceId, String os) {
    access.requireAdministrator("VM templates");
    Validation.start()
        .requireName(name, "name")
        .requireText(profileId, "hardwareProfileId")
        .requireText(diskResourceId, "diskResourceId")
        .requireText(os, "operatingSystem")
        .throwIfInvalid();
    VmTemplate t =
        VmTemplate.create(
            name, description, referencedProfile(profileId), referencedDisk(diskResourceId), os);
    requireFreeTemplateName(name, null);
    templates.add(t);
    return t;
  }

  public VmTemplate template(String id) {
    access.current();
    return templates
        .findTemplate(id)
        .orElseThrow(
            () ->
                InventoryErrors.notFound(
                    InventoryError.INVENTORY_VM_TEMPLATE_NOT_FOUND, "VM template", id));
  }

  public Page<VmTemplate> templatesPage(
      Optional<String> nameContains, Optional<String> hardwareProfileId, PageRequest page) {
    access.current();
    return templates.listTemplates(nameContains, hardwareProfileId, page);
  }

  public VmTemplate updateTemplate(
      String id,
      long expectedVersion,
      Optional<String> name,
      Optional<String> description,
      Optional<String> profileId,
      Optional<String> diskResourceId,
      Optional<String> os) {
    access.requireAdministrator("VM templates");
    VmTemplate t = template(id);
    Versions.check(expectedVersion, t.version());
    name.ifPresent(n -> requireFreeTemplateName(n, t.id()));
    t.change(
        name.orElse(t.name()),
        description.orElse(t.description()),
        referencedProfile(profileId.orElse(t.hardwareProfileId())),
        referencedDisk(diskResourceId.orElse(t.diskResourceId())),
        os.orElse(t.operatingSystem()));
    return t;
  }

  public void removeTemplate(String id, long expectedVersion) {
    access.requireAdministrator("VM templates");
    VmTemplate t = template(id);
    Versions.check(expectedVersion, t.version());
    templates.remove(t);
  }

  private HardwareProfile referencedProfile(String id) {
    return templates
        .findProfile(id)
        .orElseThrow(
            () -> InventoryErrors.missingReference("hardwareProfileId", "hardware profile", id));
  }

  private LibraryResource referencedDisk(String id) {
    return library
        .findResource(id)
        .orElseThrow(
            () -> InventoryErrors.missingReference("diskResourceId", "library resource", id));
  }

  private void requireFreeProfileName(String name, String self) {
    InventoryErrors.requireFree(
        templates.findProfileByName(name),
        self,
        o -> InventoryErrors.duplicate("hardware profile", name, ""));
  }

  private void requireFreeTemplateName(String name, String self) {
    InventoryErrors.requireFree(
        templates.findTemplateByName(name),
        self,
        o -> InventoryErrors.duplicate("VM template", name, ""));
  }
}
