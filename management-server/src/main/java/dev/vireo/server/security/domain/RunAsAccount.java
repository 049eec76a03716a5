package dev.vireo.server.security.domain;

import dev.vireo.server.shared.domain.AggregateRoot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * Credentials Vireo uses to reach hosts and library shares. The secret is stored only as ciphertext
 * sealed with the server master key ({@code key_id} names the key generation); it is never returned
 * by the API nor logged.
 */
@Entity
@Table(name = "run_as_account")
public class RunAsAccount extends AggregateRoot {
  @Column(name = "name", nullable = false, length = 128)
  private String name;

  @Column(name = "description", length = 1024)
  private String description;

  @Column(name = "user_name", nullable = false, length = 256)
  private String userName;

  @Column(name = "secret_ciphertext", nullable = false)
  private byte[] secretCiphertext;

  @Column(name = "key_id", nullable = false, length = 64)
  private String keyId;

  protected RunAsAccount() {}

  public RunAsAccount(String name, String description, String userName, SealedSecret secret) {
    super(newId());
    this.name = name;
    this.description = description;
    this.userName = userName;
    reseal(secret);
  }

  public void changeCredentials(String newUserName, SealedSecret secret) {
    this.userName = newUserName;
    reseal(secret);
  }

  public void describe(String newName, String newDescription) {
    this.name = newName;
    this.description = newDescription;
  }

  private void reseal(SealedSecret secret) {
    this.secretCiphertext = secret.ciphertext();
    this.keyId = secret.keyId();
  }

  public String name() {
    return name;
  }

  public String description() {
    return description == null ? "" : description;
  }

  public String userName() {
    return userName;
  }

  public SealedSecret sealedSecret() {
    return new SealedSecret(keyId, secretCiphertext.clone());
  }
}
