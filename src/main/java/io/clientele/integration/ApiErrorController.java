package io.clientele.integration;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.ModelAndView;

/**
 * Boot's error page, except for the API: an error raised before or outside a controller (an unknown path, a method or
 * media type Spring MVC refuses, a malformed request the server rejects, an unhandled exception) is forwarded here,
 * and an API caller gets a problem document with the status, never the console's HTML or its login page. Written
 * straight to the response, so a client that accepts only XML still learns what went wrong.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ApiErrorController extends BasicErrorController {
    ApiErrorController(ErrorAttributes attributes, WebProperties web, ObjectProvider<ErrorViewResolver> resolvers) {
        super(attributes, web.getError(), resolvers.orderedStream().toList());
    }

    /** The request that failed was an API request. */
    static boolean forApi(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && uri.startsWith(request.getContextPath() + "/api/");
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (forApi(request)) {
            writeProblem(request, response);
            return null;
        }
        return super.errorHtml(request, response);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        if (forApi(request)
                && RequestContextHolder.currentRequestAttributes() instanceof ServletRequestAttributes a
                && a.getResponse() != null) {
            writeProblem(request, a.getResponse());
            return null;
        }
        return super.error(request);
    }

    private void writeProblem(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = getStatus(request);
        String method = String.valueOf(
                request.getAttribute(RequestDispatcher.ERROR_METHOD) instanceof String m ? m : request.getMethod());
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String detail = switch (status) {
            case NOT_FOUND -> "No operation at " + path + "; the operations are listed at /api/openapi";
            case METHOD_NOT_ALLOWED -> path + " does not take " + method;
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json";
            case NOT_ACCEPTABLE -> "This API answers in application/json (problems in application/problem+json)";
            case PAYLOAD_TOO_LARGE -> "The request is too large";
            case BAD_REQUEST -> "The request is malformed";
            default ->
                status.is5xxServerError()
                        ? "Something went wrong on our side; it has been logged"
                        : status.getReasonPhrase();
        };
        try {
            ApiSecurityConfig.problem(response, status.value(), slug(status), status.getReasonPhrase(), detail);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String slug(HttpStatus status) {
        return status.name().toLowerCase().replace('_', '-');
    }
}
