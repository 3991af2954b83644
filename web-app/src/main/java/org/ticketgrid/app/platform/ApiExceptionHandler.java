package org.ticketgrid.app.platform;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Renders every API failure as {@code application/problem+json} with a stable {@code code}; no
 * stack trace ever leaves the server. Pages have their own friendly error page.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);
    static final String TYPE_BASE = "https://ticketgrid.org/problems/";

    @ExceptionHandler(ApiProblems.ApiProblem.class)
    ResponseEntity<Object> apiProblem(ApiProblems.ApiProblem problem) {
        HttpStatus status = switch (problem) {
            case ApiProblems.NotFound n -> HttpStatus.NOT_FOUND;
            case ApiProblems.InvalidRequest i -> HttpStatus.BAD_REQUEST;
            case ApiProblems.Conflict c -> HttpStatus.CONFLICT;
            case ApiProblems.Forbidden f -> HttpStatus.FORBIDDEN;
            case ApiProblems.Unauthorized u -> HttpStatus.UNAUTHORIZED;
            case ApiProblems.TooManyRequests t -> HttpStatus.TOO_MANY_REQUESTS;
            case ApiProblems.ServiceUnavailable s -> HttpStatus.SERVICE_UNAVAILABLE;
        };
        ProblemDetail body = problem(status, problem.code(), problem.getMessage());
        problem.properties().forEach(body::setProperty);
        var response = ResponseEntity.status(status);
        if (problem instanceof ApiProblems.TooManyRequests throttled) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
        }
        if (problem instanceof ApiProblems.ServiceUnavailable busy) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(busy.retryAfterSeconds()));
        }
        if (problem instanceof ApiProblems.Unauthorized) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.body(body);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e) {
        ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid fields.");
        body.setProperty("errors", e.getConstraintViolations().stream()
                .map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage())).toList());
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        LOG.error("unexpected error", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on our side. It has been logged; please try again."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid fields.");
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .toList();
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = BodyErrors.describe(ex.getCause());
        String detail = errors.isEmpty() && ex.getCause() == null
                ? "The request needs a JSON body."
                : "The request body is not valid JSON of the expected shape.";
        ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "malformed-body", detail);
        if (!errors.isEmpty()) {
            body.setProperty("errors", errors);
        }
        return ResponseEntity.badRequest().body(body);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        // Spring's own problems (405, 415, missing parameter, ...) get our type and code too.
        if (body instanceof ProblemDetail detail && detail.getProperties() == null) {
            String code = HttpStatus.valueOf(status.value()).name().toLowerCase().replace('_', '-');
            detail.setType(URI.create(TYPE_BASE + code));
            detail.setProperty("code", code);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    public static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create(TYPE_BASE + code));
        body.setTitle(status.getReasonPhrase());
        body.setProperty("code", code);
        return body;
    }
}
