package dev.vireo.server.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one archive every integration test deploys: the WAR the build produced, unchanged. */
public final class Deployments {
  private Deployments() {}

  public static WebArchive vireo() {
    File war = new File(System.getProperty("vireo.war", "target/vireo.war"));
    return ShrinkWrap.create(ZipImporter.class, "vireo.war").importFrom(war).as(WebArchive.class);
  }

  public static String adminPassword() {
    return System.getProperty("vireo.it.adminPassword", "It-Admin-Passw0rd!");
  }
}
