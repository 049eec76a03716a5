package dev.vireo.drivers.spi;

/**
 * Receives {@link DriverEvent}s. Called on the driver's single event thread: return quickly and
 * never call back into a driver from here (hand work to another thread). Exceptions thrown are
 * logged and swallowed.
 */
@FunctionalInterface
public interface DriverEventListener {
  void onEvent(DriverEvent event);
}
