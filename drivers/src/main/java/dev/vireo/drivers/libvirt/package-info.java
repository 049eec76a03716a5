/**
 * The libvirt driver: {@link dev.vireo.drivers.libvirt.LibvirtDriverFactory} and its driver, built
 * on Vireo's own typed JNA bindings to {@code libvirt.so.0} ({@code LibvirtNative}). Pure helpers
 * (error classification, domain/checkpoint/backup XML, migration flags) are separate classes so
 * they can be unit-tested without a host.
 */
package dev.vireo.drivers.libvirt;
