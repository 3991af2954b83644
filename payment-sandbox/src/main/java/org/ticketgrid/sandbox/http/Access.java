package org.ticketgrid.sandbox.http;

/** Which callers a route accepts. */
public enum Access {
  /** No key needed: health checks and the {@code /_sandbox/} test controls. */
  OPEN,
  /** Secret key only, like most of Stripe's API. */
  SECRET_KEY,
  /** Secret key, or publishable key plus the object's client secret (checked by the endpoint). */
  CLIENT_SIDE
}
