package org.ticketgrid.sandbox.http;

import java.util.Objects;

/**
 * The request could not be executed: malformed or missing parameters, an unknown id, a bad key.
 * Thrown from anywhere below an endpoint and rendered once by {@link ApiFront}. Not used for
 * refusals the domain decides; those are responses.
 */
public final class ApiException extends RuntimeException {

  private final transient ApiError error;

  public ApiException(ApiError error) {
    super(Objects.requireNonNull(error, "error").message(), null, false, false);
    this.error = error;
  }

  public ApiError error() {
    return error;
  }
}
