package org.ticketgrid.sandbox.http;

import java.util.Map;
import java.util.Objects;

/** A JSON response an endpoint produced; stored as-is for idempotent replay. */
public record ApiResponse(int status, Map<String, Object> body) {

  public ApiResponse {
    Objects.requireNonNull(body, "body");
  }

  public static ApiResponse ok(Map<String, Object> body) {
    return new ApiResponse(200, body);
  }

  public static ApiResponse error(ApiError error) {
    return new ApiResponse(error.status(), error.body());
  }
}
