package org.ticketgrid.app.platform.boundary;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's last word, in our words: what the connector refuses before the application sees it
 * (an unescaped {@code <} in the query, {@code %2F} or {@code %00} in the path, oversized headers
 * or URL, TRACE) is reported here instead of Tomcat's HTML page with its version: problem+json for
 * {@code /api/**}, a plain friendly page otherwise. Errors inside the application are forwarded
 * to {@code /error} first ({@link ErrorBoundaryController}); this only speaks when nothing has.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>TicketGrid — something is not right</title>
            <link rel="stylesheet" href="/css/app.css"></head>
            <body><main class="error-page"><h1>%s</h1><p>%s</p>
            <p><a class="button" href="/">Back to all events</a></p></main></body></html>
            """;

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        if (status == 505) {
            status = 400; // an HTTP version nobody speaks is the client's mistake, not ours
            response.setStatus(status);
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String path = request.getCoyoteRequest().requestURI().toString();
        if (path == null || path.isEmpty()) {
            path = targetOf(throwable);
        }
        try {
            String body;
            // A request line too broken to have a path (too long, say) comes from a tool, not a
            // browser (browsers encode what they send): it gets the API's answer.
            if (path == null || Problems.isApi(path)) {
                response.setContentType(Problems.CONTENT_TYPE);
                body = Problems.body(status, Problems.codeOf(status), Problems.detailOf(status), Map.of());
            } else {
                response.setContentType("text/html");
                body = PAGE.formatted(status >= 500 ? "Something went wrong on our side"
                        : status == 404 ? "We could not find that page" : "That request did not work",
                        status >= 500 ? "It has been logged and we are on it. Please try again in a moment."
                                : "Please check the address and try again.");
            }
            response.setCharacterEncoding("utf-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response cannot take a body any more: nothing left to say.
        }
    }

    /**
     * The request target of a request line Tomcat refused before it set the URI: its parser says
     * it in brackets ({@code Invalid character found in the request target [/api/v1/events?q=<b> ]}).
     */
    static String targetOf(Throwable failure) {
        String message = failure == null ? null : failure.getMessage();
        if (message == null) {
            return null;
        }
        int open = message.indexOf('[');
        int close = message.indexOf(']', open + 1);
        if (open < 0 || close < 0) {
            return null;
        }
        String target = message.substring(open + 1, close).strip();
        return target.startsWith("/") ? target : null;
    }
}
