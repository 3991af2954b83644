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
            permits NotFound, InvalidRequest, Conflict, Forbidden {

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
}
