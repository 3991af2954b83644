package org.ticketgrid.app.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Redirects of the security filters are relative. Spring Security builds absolute URLs from the
 * request's scheme, host and port (the sign-in entry point, the saved request after sign-in), and
 * the host is whatever the client put in {@code Host}: {@code Location: https://evil.example/signin}.
 * A relative {@code Location} (RFC 9110) goes back to the host the browser actually asked.
 */
public final class RelativeRedirects {

    private RelativeRedirects() {
    }

    /** A redirect strategy that keeps only the path and query of any target URL. */
    public static RedirectStrategy strategy() {
        DefaultRedirectStrategy relative = new DefaultRedirectStrategy();
        return (HttpServletRequest request, HttpServletResponse response, String url) ->
                relative.sendRedirect(request, response, pathOf(url));
    }

    /** The sign-in page as the entry point of anonymous requests to protected pages, relative. */
    public static LoginUrlAuthenticationEntryPoint signIn(String page) {
        LoginUrlAuthenticationEntryPoint entry = new LoginUrlAuthenticationEntryPoint(page);
        entry.setFavorRelativeUris(true);
        return entry;
    }

    /** {@code https://evil.example/orders/1?x} is {@code /orders/1?x}; a path stays as it is. */
    static String pathOf(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getRawAuthority() == null && uri.getScheme() == null) {
                return url.startsWith("/") && !url.startsWith("//") ? url : "/";
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException e) {
            return "/";
        }
    }

}
