package org.ticketgrid.app.platform;

import java.util.Map;

/**
 * The API's expected failures. Each carries a stable {@code code} that clients can switch on;
 * {@link ApiExceptionHandler} renders them as RFC 9457 problem details.
 */
public final class ApiProblems {

    private ApiProblems() {
    }

    /** Base of the API's expected failures. */
    public abstract static sealed class ApiProblem extends RuntimeException
            permits NotFound, InvalidRequest, Conflict, Forbidden, Unauthorized, TooManyRequests, ServiceUnavailable {

        private final String code;
        private final transient Map<String, Object> properties;

        ApiProblem(String code, String detail, Map<String, Object> properties) {
            super(detail, null, false, false);
            this.code = code;
            this.properties = properties;
        }

        public String code() {
            return code;
        }

        public Map<String, Object> properties() {
            return properties;
        }
    }

    /** 404: no such thing, or not yours (the two look the same on purpose). */
    public static final class NotFound extends ApiProblem {
        public NotFound(String what) {
            super("not-found", what + " not found", Map.of());
        }

        /** A 404 with its own code and words, where "not found" must say more (at a gate, say). */
        public NotFound(String code, String detail) {
            super(code, detail, Map.of());
        }
    }

    /** 400: the request itself is wrong; nothing changed. */
    public static final class InvalidRequest extends ApiProblem {
        public InvalidRequest(String code, String detail) {
            this(code, detail, Map.of());
        }

        public InvalidRequest(String code, String detail, Map<String, Object> properties) {
            super(code, detail, properties);
        }
    }

    /** 409: the request is fine but the state does not allow it (seat taken, hold expired). */
    public static final class Conflict extends ApiProblem {
        public Conflict(String code, String detail, Map<String, Object> properties) {
            super(code, detail, properties);
        }
    }

    /** 403: authenticated but not allowed (not admitted, not the owner of a merchant resource). */
    public static final class Forbidden extends ApiProblem {
        public Forbidden(String code, String detail) {
            super(code, detail, Map.of());
        }
    }

    /** 401: no valid credentials (or wrong ones: which of the two is never said). */
    public static final class Unauthorized extends ApiProblem {
        public Unauthorized(String code, String detail) {
            super(code, detail, Map.of());
        }
    }

    /** 429: too many attempts; the client may try again after {@code retryAfterSeconds}. */
    public static final class TooManyRequests extends ApiProblem {
        private final long retryAfterSeconds;

        public TooManyRequests(long retryAfterSeconds) {
            super("too-many-requests", "Too many attempts. Please wait a moment and try again.",
                    Map.of("retryAfterSeconds", retryAfterSeconds));
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** 503: this instance cannot take the request now (say, it serves as many live streams as it may). */
    public static final class ServiceUnavailable extends ApiProblem {
        private final long retryAfterSeconds;

        public ServiceUnavailable(String code, String detail, long retryAfterSeconds) {
            super(code, detail, Map.of("retryAfterSeconds", retryAfterSeconds));
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
