package dev.vireo.server.settings.api;

import dev.vireo.server.security.application.CallerContext;
import dev.vireo.server.settings.api.SettingsRepresentations.ImportSummaryRepresentation;
import dev.vireo.server.settings.api.SettingsRepresentations.KeyRepresentation;
import dev.vireo.server.settings.api.SettingsRepresentations.SetValueRequest;
import dev.vireo.server.settings.api.SettingsRepresentations.ValueRepresentation;
import dev.vireo.server.settings.application.ImportSummary;
import dev.vireo.server.settings.application.SettingsService;
import dev.vireo.server.settings.domain.RegistryKey;
import dev.vireo.server.settings.domain.RegistryPath;
import dev.vireo.server.settings.domain.RegistryValue;
import dev.vireo.server.settings.domain.ValueName;
import dev.vireo.server.settings.domain.regfile.RegEncoding;
import dev.vireo.server.shared.api.RequestBodies;
import dev.vireo.server.shared.domain.CommonError;
import dev.vireo.server.shared.domain.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The settings registry. Key paths use {@code /} in URLs: {@code /settings/keys/Settings/Backup} is
 * {@code Settings\Backup}. A key's etag is a digest of its content including subkeys; changing a
 * key's values or deleting it needs that etag in {@code If-Match}.
 */
@Path("settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {
  @Inject SettingsService settings;
  @Inject CallerContext caller;
  @Context HttpHeaders headers;

  @GET
  @Path("keys/{path: .+}")
  public Response getKey(@PathParam("path") String path) {
    caller.requireAdministrator();
    RegistryKey k = settings.getKey(parse(path));
    String etag = etagOf(k);
    return Response.ok(KeyRepresentation.of(k, etag)).tag(new EntityTag(etag)).build();
  }

  /** Creates a key and its missing parents; 201 when created, 200 when it existed. */
  @PUT
  @Path("keys/{path: .+}")
  public Response createKey(@PathParam("path") String path) {
    caller.requireAdministrator();
    RegistryPath p = parse(path);
    boolean existed = settings.findKey(p).isPresent();
    settings.createKey(p);
    RegistryKey k = settings.getKey(p);
    String etag = etagOf(k);
    return Response.status(existed ? 200 : 201)
        .tag(new EntityTag(etag))
        .entity(KeyRepresentation.of(k, etag))
        .build();
  }

  @DELETE
  @Path("keys/{path: .+}")
  public Response deleteKey(
      @PathParam("path") String path, @QueryParam("recursive") boolean recursive) {
    caller.requireAdministrator();
    RegistryPath p = parse(path);
    requireCurrent(settings.getKey(p));
    settings.deleteKey(p, recursive);
    return Response.noContent().build();
  }

  @GET
  @Path("values/{path: .+}")
  public ValueRepresentation getValue(
      @PathParam("path") String path, @QueryParam("name") String name) {
    caller.requireAdministrator();
    return ValueRepresentation.of(settings.getValue(parse(path), valueName(name)));
  }

  /** Sets value {@code name} (empty for the default value) of key {@code path}. */
  @PUT
  @Path("values/{path: .+}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response setValue(
      @PathParam("path") String path, @QueryParam("name") String name, SetValueRequest body) {
    caller.requireAdministrator();
    RegistryPath p = parse(path);
    requireCurrent(settings.getKey(p));
    RegistryValue v = ValueRequests.toValue(valueName(name), RequestBodies.require(body));
    settings.setValue(p, v);
    RegistryKey k = settings.getKey(p);
    return Response.ok(KeyRepresentation.of(k, etagOf(k))).tag(new EntityTag(etagOf(k))).build();
  }

  @DELETE
  @Path("values/{path: .+}")
  public Response deleteValue(@PathParam("path") String path, @QueryParam("name") String name) {
    caller.requireAdministrator();
    RegistryPath p = parse(path);
    requireCurrent(settings.getKey(p));
    settings.deleteValue(p, valueName(name));
    return Response.noContent().build();
  }

  /** The key ({@code Settings} by default) and its subtree as a {@code .reg} file. */
  @GET
  @Path("export")
  @Produces("text/plain")
  public Response export(@QueryParam("path") String path, @QueryParam("encoding") String encoding) {
    caller.requireAdministrator();
    RegistryPath p = path == null || path.isBlank() ? RegistryPath.root() : parse(path);
    RegEncoding enc =
        "utf-16".equalsIgnoreCase(encoding) || "utf-16le".equalsIgnoreCase(encoding)
            ? RegEncoding.UTF_16LE_BOM
            : RegEncoding.UTF_8;
    byte[] doc = settings.exportReg(p, enc);
    String charset = enc == RegEncoding.UTF_8 ? "UTF-8" : "UTF-16LE";
    return Response.ok(doc, "text/plain; charset=" + charset)
        .header("Content-Disposition", "attachment; filename=\"vireo-settings.reg\"")
        .build();
  }

  /** Imports a {@code .reg} document (UTF-8, or UTF-16LE with BOM), all or nothing. */
  @POST
  @Path("import")
  @Consumes({"text/plain", "application/octet-stream", "text/x-ms-regedit"})
  public ImportSummaryRepresentation importReg(byte[] document) {
    caller.requireAdministrator();
    if (document == null || document.length == 0) {
      throw new DomainException(
          CommonError.MALFORMED_REQUEST, "Send the .reg document as the request body.");
    }
    ImportSummary s = settings.importReg(document);
    return new ImportSummaryRepresentation(
        s.keysWritten(), s.keysDeleted(), s.valuesSet(), s.valuesDeleted());
  }

  private void requireCurrent(RegistryKey k) {
    String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new DomainException(
          CommonError.PRECONDITION_REQUIRED,
          "Send the key's etag in If-Match; read the key first (GET /settings/keys/...).");
    }
    if (!ifMatch.replace("\"", "").replace("W/", "").trim().equals(etagOf(k))) {
      throw new DomainException(
          CommonError.PRECONDITION_FAILED,
          "The key "
              + k.path()
              + " has changed since you read it. Read it again and reapply your change.");
    }
  }

  static String etagOf(RegistryKey k) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(dev.vireo.server.settings.domain.regfile.RegFileWriter.write(k, RegEncoding.UTF_8));
      return HexFormat.of().formatHex(d.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RegistryPath parse(String urlPath) {
    return RegistryPath.parse(urlPath.replace('/', '\\'));
  }

  private static ValueName valueName(String name) {
    return name == null || name.isEmpty() ? ValueName.defaultValue() : ValueName.of(name);
  }
}
