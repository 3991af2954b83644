package org.ticketgrid.sandbox.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Maps method and path to an endpoint. Patterns are literal segments and {@code {name}} variables;
 * that is all Stripe's URL scheme needs, so there is no regex or wildcard support to get wrong.
 */
public final class Router {

  private final List<Route> routes = new CopyOnWriteArrayList<>();

  public void get(String pattern, Access access, Endpoint endpoint) {
    add("GET", pattern, access, endpoint);
  }

  public void post(String pattern, Access access, Endpoint endpoint) {
    add("POST", pattern, access, endpoint);
  }

  public void delete(String pattern, Access access, Endpoint endpoint) {
    add("DELETE", pattern, access, endpoint);
  }

  private void add(String method, String pattern, Access access, Endpoint endpoint) {
    routes.add(new Route(method, segments(pattern), access, endpoint));
  }

  /**
   * Literal routes win over variable ones, so {@code GET /v1/events/{id}} never swallows a more
   * specific literal path registered later.
   */
  public Optional<Match> match(String method, String path) {
    String[] parts = segments(path);
    Match best = null;
    int bestLiterals = -1;
    for (Route route : routes) {
      if (!route.method.equals(method)) {
        continue;
      }
      Map<String, String> variables = route.bind(parts);
      if (variables != null && route.literalCount() > bestLiterals) {
        best = new Match(route.access, route.endpoint, variables);
        bestLiterals = route.literalCount();
      }
    }
    return Optional.ofNullable(best);
  }

  private static String[] segments(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    if (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
  }

  /** A route that matched, with its path variables bound. */
  public record Match(Access access, Endpoint endpoint, Map<String, String> pathVariables) {}

  private record Route(String method, String[] pattern, Access access, Endpoint endpoint) {

    Route {
      Objects.requireNonNull(endpoint, "endpoint");
    }

    int literalCount() {
      int count = 0;
      for (String segment : pattern) {
        if (!isVariable(segment)) {
          count++;
        }
      }
      return count;
    }

    /** Returns the bound variables, or {@code null} when the path does not fit. */
    Map<String, String> bind(String[] path) {
      if (path.length != pattern.length) {
        return null;
      }
      Map<String, String> variables = new HashMap<>();
      for (int i = 0; i < pattern.length; i++) {
        if (isVariable(pattern[i])) {
          if (path[i].isEmpty()) {
            return null;
          }
          variables.put(pattern[i].substring(1, pattern[i].length() - 1), path[i]);
        } else if (!pattern[i].equals(path[i])) {
          return null;
        }
      }
      return variables;
    }

    private static boolean isVariable(String segment) {
      return segment.startsWith("{") && segment.endsWith("}");
    }
  }
}
