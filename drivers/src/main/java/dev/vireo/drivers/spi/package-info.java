/**
 * The hypervisor driver SPI: how Vireo talks to a virtualization host, independent of the
 * hypervisor. A {@link dev.vireo.drivers.spi.HypervisorDriverFactory} is found with {@link
 * java.util.ServiceLoader} and opens a {@link dev.vireo.drivers.spi.HypervisorDriver} (one
 * connection to one host). Value types here carry no behaviour; every failure is a {@link
 * dev.vireo.drivers.spi.DriverException} that says whether retrying can help.
 */
package dev.vireo.drivers.spi;
