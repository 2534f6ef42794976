package io.clientele.integration;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error page, for what it refuses before the application sees the request (a control character in a
 * header, an encoded NUL in the path): an API request gets a problem document like every other API error.
 */
public class ApiErrorReportValve extends ErrorReportValve {
    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getDecodedRequestURI() != null ? request.getDecodedRequestURI() : request.getRequestURI();
        int status = response.getStatus();
        if (status < 400
                || uri == null
                || !uri.startsWith("/api/")
                || response.isCommitted()
                || response.getContentWritten() > 0) {
            super.report(request, response, throwable);
            return;
        }
        try {
            response.resetBuffer();
            ApiSecurityConfig.problem(
                    response,
                    status,
                    status >= 500 ? "internal-server-error" : "malformed",
                    status >= 500 ? "Internal Server Error" : "Bad Request",
                    status >= 500
                            ? "Something went wrong on our side; it has been logged"
                            : "The server refused the request as malformed");
        } catch (IOException | IllegalStateException e) {
            super.report(request, response, throwable);
        }
    }
}
