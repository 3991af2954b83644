package org.ticketgrid.sandbox.http;

import java.util.Map;
import java.util.Objects;

/**
 * A decoded request as endpoints see it: path variables, form or query parameters, the caller and
 * the context that events need.
 */
public record ApiRequest(
    String method,
    String path,
    Map<String, String> pathVariables,
    Params params,
    Caller caller,
    RequestContext context) {

  public ApiRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    pathVariables = Map.copyOf(pathVariables);
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(context, "context");
  }

  public String pathVariable(String name) {
    String value = pathVariables.get(name);
    if (value == null) {
      throw new IllegalStateException("route has no path variable " + name);
    }
    return value;
  }

  public boolean fromPublishableKey() {
    return caller instanceof Caller.PublishableKey;
  }
}
