package org.ticketgrid.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * Checks the API key the way Stripe does: {@code Authorization: Bearer sk_...} (stripe-java) or
 * HTTP Basic with the key as user name ({@code curl -u sk_test_...:}). Unknown keys get 401 so a
 * misconfigured application fails here as it would against Stripe.
 */
public final class Authenticator {

  private final Set<String> secretKeys;
  private final Set<String> publishableKeys;

  public Authenticator(Set<String> secretKeys, Set<String> publishableKeys) {
    this.secretKeys = Set.copyOf(secretKeys);
    this.publishableKeys = Set.copyOf(publishableKeys);
  }

  public Caller authenticate(String authorization) {
    String key = keyFrom(authorization);
    if (key == null || key.isBlank()) {
      throw unauthorized(
          "You did not provide an API key. You need to provide your API key in the Authorization"
              + " header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').");
    }
    if (secretKeys.contains(key)) {
      return new Caller.SecretKey(key);
    }
    if (publishableKeys.contains(key)) {
      return new Caller.PublishableKey(key);
    }
    throw unauthorized("Invalid API Key provided: " + masked(key));
  }

  /** Publishable keys are meant for browsers; Stripe refuses them on server-side operations. */
  public static ApiException publishableKeyNotAllowed() {
    return unauthorized(
        "This API call cannot be made with a publishable API key. Please use a secret API key.");
  }

  private static String keyFrom(String authorization) {
    if (authorization == null) {
      return null;
    }
    String value = authorization.strip();
    if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return value.substring(7).strip();
    }
    if (value.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded =
            new String(
                Base64.getDecoder().decode(value.substring(6).strip()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? decoded : decoded.substring(0, colon);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  private static String masked(String key) {
    int visible = Math.min(4, key.length());
    int prefix = Math.min(8, Math.max(0, key.length() - visible));
    return key.substring(0, prefix)
        + "*".repeat(Math.max(0, key.length() - prefix - visible))
        + key.substring(key.length() - visible);
  }

  private static ApiException unauthorized(String message) {
    return new ApiException(ApiError.invalidRequest(401, null, message, null));
  }
}
