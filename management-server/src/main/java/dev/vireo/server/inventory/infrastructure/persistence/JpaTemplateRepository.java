package dev.vireo.server.inventory.infrastructure.persistence;

import dev.vireo.server.inventory.domain.HardwareProfile;
import dev.vireo.server.inventory.domain.TemplateRepository;
import dev.vireo.server.inventory.domain.VmTemplate;
import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import dev.vireo.server.shared.infrastructure.database.JpaQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaTemplateRepository implements TemplateRepository {
  private static final Map<String, String> PROFILE_SORT =
      Map.of("name", "p.name", "vcpu", "p.vcpu", "memoryMb", "p.memoryMb");
  private static final Map<String, String> TEMPLATE_SORT =
      Map.of("name", "t.name", "operatingSystem", "t.operatingSystem");

  @PersistenceContext(unitName = "vireo")
  EntityManager em;

  @Override
  public Optional<HardwareProfile> findProfile(String id) {
    return Optional.ofNullable(em.find(HardwareProfile.class, id));
  }

  @Override
  public Optional<HardwareProfile> findProfileByName(String name) {
    return Persistence.findByName(em, HardwareProfile.class, name);
  }

  @Override
  public Page<HardwareProfile> listProfiles(Optional<String> nameContains, PageRequest page) {
    JpaQueries.Where w = new JpaQueries.Where();
    ScopePredicates.nameContains(w, "p.name", nameContains);
    return JpaQueries.page(
        em, HardwareProfile.class, "HardwareProfile p", "p", w, page, PROFILE_SORT);
  }

  @Override
  public Optional<VmTemplate> findTemplate(String id) {
    return Optional.ofNullable(em.find(VmTemplate.class, id));
  }

  @Override
  public Optional<VmTemplate> findTemplateByName(String name) {
    return Persistence.findByName(em, VmTemplate.class, name);
  }

  @Override
  public Page<VmTemplate> listTemplates(
      Optional<String> nameContains, Optional<String> hardwareProfileId, PageRequest page) {
    JpaQueries.Where w = new JpaQueries.Where();
    ScopePredicates.nameContains(w, "t.name", nameContains);
    hardwareProfileId.ifPresent(p -> w.and("t.hardwareProfileId = :p", "p", p));
    return JpaQueries.page(em, VmTemplate.class, "VmTemplate t", "t", w, page, TEMPLATE_SORT);
  }

  @Override
  public long countTemplatesUsingProfile(String profileId) {
    return em.createQuery(
            "SELECT COUNT(t) FROM VmTemplate t WHERE t.hardwareProfileId = :p", Long.class)
        .setParameter("p", profileId)
        .getSingleResult();
  }

  @Override
  public long countTemplatesUsingResource(String resourceId) {
    return em.createQuery(
            "SELECT COUNT(t) FROM VmTemplate t WHERE t.diskResourceId = :r", Long.class)
        .setParameter("r", resourceId)
        .getSingleResult();
  }

  @Override
  public void add(HardwareProfile profile) {
    Persistence.persist(em, profile, "hardware profile", profile.name());
  }

  @Override
  public void add(VmTemplate template) {
    Persistence.persist(em, template, "VM template", template.name());
  }

  @Override
  public void remove(HardwareProfile profile) {
    Persistence.remove(em, profile);
  }

  @Override
  public void remove(VmTemplate template) {
    Persistence.remove(em, template);
  }
}
