package dev.vireo.drivers.spi;

/** A registered listener; closing it stops delivery. Closing twice is harmless. */
public interface EventSubscription extends AutoCloseable {
  @Override
  void close();
}
