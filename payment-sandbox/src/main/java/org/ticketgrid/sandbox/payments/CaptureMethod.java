package org.ticketgrid.sandbox.payments;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * When funds are taken. {@code automatic_async} is Stripe's default since 2024 and behaves like
 * {@code automatic} from the caller's point of view, so both capture on confirmation here.
 */
public enum CaptureMethod {
  AUTOMATIC,
  AUTOMATIC_ASYNC,
  MANUAL;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean capturesOnConfirm() {
    return this != MANUAL;
  }

  public static Optional<CaptureMethod> fromWireName(String name) {
    return Arrays.stream(values()).filter(m -> m.wireName().equals(name)).findFirst();
  }
}
