package org.ticketgrid.app.platform.boundary;

import java.util.Set;

/**
 * Failures that reach the container as a 500 although the client caused them; they are answered
 * 400 (never a 5xx for a client's mistake). Matched by class name so this needs none of the
 * libraries on its class path, and along the whole cause chain.
 */
final class ClientMistakes {

    private static final Set<String> BAD_REQUEST = Set.of(
            "org.springframework.web.multipart.MultipartException",
            "org.springframework.web.multipart.MaxUploadSizeExceededException",
            "org.springframework.security.web.firewall.RequestRejectedException",
            "org.apache.tomcat.util.http.fileupload.FileUploadException",
            "org.apache.tomcat.util.http.fileupload.impl.InvalidContentTypeException",
            "org.apache.catalina.connector.BadRequestException",
            "org.springframework.web.util.InvalidUrlException",
            "java.nio.charset.MalformedInputException");

    private ClientMistakes() {
    }

    /** The status to answer: {@code status}, or 400 if a 5xx was caused by the request itself. */
    static int status(int status, Throwable failure) {
        if (status < 500) {
            return status;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
                if (BAD_REQUEST.contains(type.getName())) {
                    return 400;
                }
            }
        }
        return status;
    }
}
