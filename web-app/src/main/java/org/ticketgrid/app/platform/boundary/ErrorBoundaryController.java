package org.ticketgrid.app.platform.boundary;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The container's error page ({@code /error}), in place of Boot's: whatever ended in
 * {@code sendError} or an exception outside a controller (an unknown path, the firewall's refusal of
 * {@code ..;/}, a CSRF failure on a page, a security filter) is answered here: problem+json for a
 * request to {@code /api/**}, the friendly page for anything else. Never Spring's
 * {@code {timestamp, status, error, path}}, never an exception's message.
 */
@Controller
class ErrorBoundaryController implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorBoundaryController.class);

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = ClientMistakes.status(statusOf(request), failure);
        if (status >= 500) {
            LOG.error("request failed: {} {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), status,
                    failure);
        }
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (Problems.isApi(path)) {
            HttpStatus known = HttpStatus.resolve(status);
            Problems.write(response, known == null ? HttpStatus.BAD_REQUEST : known, Problems.codeOf(status),
                    Problems.detailOf(status), Map.of());
            return null;
        }
        response.setStatus(status);
        return new ModelAndView("error", Map.of("status", status));
    }

    private static int statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer status && status >= 400 ? status : 500;
    }
}
