package io.clientele.integration.api;

import io.clientele.base.ActionRefusedException;
import io.clientele.base.ConcurrentEditException;
import io.clientele.base.FieldValidationException;
import io.clientele.base.Messages;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Every API error as RFC 9457 problem details; validation problems list each field with a readable message (the
 * console's own English texts), so a client can show them next to its inputs.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
public class ApiProblems {
    public static final String TYPE_BASE = "https://clientele.dev/problems/";

    static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPE_BASE + type));
        return p;
    }

    @ExceptionHandler(FieldValidationException.class)
    ProblemDetail invalid(FieldValidationException e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "validation", "Some fields are not valid.");
        p.setTitle("Invalid input");
        p.setProperty(
                "errors",
                e.all().stream()
                        .map(f -> Map.of(
                                "field", f.field(), "message", Messages.text(Locale.ENGLISH, f.getMessage(), f.args())))
                        .toList());
        return p;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String detail = "The body is not valid JSON of the expected shape";
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof tools.jackson.databind.DatabindException d
                && !d.getPath().isEmpty()) {
            String field = d.getPath().getLast().getPropertyName();
            ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "validation", "Some fields are not valid.");
            p.setTitle("Invalid input");
            p.setProperty("errors", List.of(Map.of("field", field, "message", "Not a valid value for " + field)));
            return p;
        }
        return problem(HttpStatus.BAD_REQUEST, "malformed", detail);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "malformed", "Not a valid value for " + e.getName());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", Messages.text(Locale.ENGLISH, "api.too-large"));
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    ProblemDetail noFile(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "malformed", "Send the file as the multipart part named file");
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "No such record");
    }

    @ExceptionHandler(ConcurrentEditException.class)
    ProblemDetail conflict(ConcurrentEditException e) {
        ProblemDetail p =
                problem(HttpStatus.PRECONDITION_FAILED, "edit-conflict", Messages.text(Locale.ENGLISH, e.getMessage()));
        p.setTitle("Changed since you read it");
        return p;
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException e) {
        if ("If-Match".equalsIgnoreCase(e.getHeaderName())) {
            return problem(
                    HttpStatus.PRECONDITION_REQUIRED,
                    "if-match-required",
                    "Send the ETag of the record you read as If-Match, so no one else's change is overwritten");
        }
        return problem(HttpStatus.BAD_REQUEST, "malformed", "Missing header " + e.getHeaderName());
    }

    @ExceptionHandler(ActionRefusedException.class)
    ProblemDetail refused(ActionRefusedException e) {
        return problem(HttpStatus.CONFLICT, "refused", Messages.text(Locale.ENGLISH, e.getMessage(), e.args()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "This key may not do that");
    }
}
