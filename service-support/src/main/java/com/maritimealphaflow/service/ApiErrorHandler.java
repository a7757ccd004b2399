package com.maritimealphaflow.service;

import com.maritimealphaflow.service.guard.PayloadTooLargeException;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import tools.jackson.databind.DatabindException;

/**
 * Turns bad requests into 400s whose body names the parameter and says why, and unknown ids into 404s, for every
 * controller of a service that imports it. No {@code IllegalArgumentException} reaches a client as a 500.
 */
@RestControllerAdvice
public class ApiErrorHandler {

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ApiError> badRequest(BadRequestException e) {
        return answer(HttpStatus.BAD_REQUEST, e.parameter(), e.getMessage());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
        return answer(
                HttpStatus.BAD_REQUEST,
                e.getParameterName(),
                "the parameter '" + e.getParameterName() + "' is required");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another type" : describe(e.getRequiredType());
        return answer(
                HttpStatus.BAD_REQUEST,
                e.getName(),
                "'" + e.getValue() + "' is not a valid value for '" + e.getName() + "': expected " + expected);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ApiError> invalid(HandlerMethodValidationException e) {
        var result = e.getParameterValidationResults().isEmpty()
                ? null
                : e.getParameterValidationResults().get(0);
        String parameter = result == null ? null : result.getMethodParameter().getParameterName();
        String reason = result == null || result.getResolvableErrors().isEmpty()
                ? "invalid value"
                : result.getResolvableErrors().get(0).getDefaultMessage();
        return answer(HttpStatus.BAD_REQUEST, parameter, parameter == null ? reason : "'" + parameter + "' " + reason);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ApiError> violated(ConstraintViolationException e) {
        var violation = e.getConstraintViolations().iterator().next();
        String path = violation.getPropertyPath().toString();
        String parameter = path.substring(path.lastIndexOf('.') + 1);
        return answer(HttpStatus.BAD_REQUEST, parameter, "'" + parameter + "' " + violation.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return answer(HttpStatus.NOT_FOUND, null, e.getMessage());
    }

    @ExceptionHandler(ServiceBusyException.class)
    ResponseEntity<ApiError> busy(ServiceBusyException e) {
        return answer(HttpStatus.SERVICE_UNAVAILABLE, null, e.getMessage());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return answer(HttpStatus.METHOD_NOT_ALLOWED, null, e.getMessage());
    }

    /**
     * A body that could not be read: too large (413), or not the document expected (400 naming the field, when the
     * parser knows it). The parser's own message is not echoed: it quotes the body.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        PayloadTooLargeException tooLarge = PayloadTooLargeException.in(e);
        if (tooLarge != null) {
            return answer(HttpStatus.PAYLOAD_TOO_LARGE, "body", tooLarge.getMessage());
        }
        if (e.getCause() instanceof DatabindException databind
                && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null
                            ? reference.getPropertyName()
                            : String.valueOf(reference.getIndex()))
                    .collect(Collectors.joining("."));
            return answer(
                    HttpStatus.BAD_REQUEST,
                    field,
                    "'" + field + "' has a value of the wrong type or form (whole numbers take no fraction)");
        }
        return answer(HttpStatus.BAD_REQUEST, "body", "the request body is not a valid JSON document of this endpoint");
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ApiError> tooLarge(PayloadTooLargeException e) {
        return answer(HttpStatus.PAYLOAD_TOO_LARGE, "body", e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> uploadTooLarge(MaxUploadSizeExceededException e) {
        return answer(
                HttpStatus.PAYLOAD_TOO_LARGE,
                "file",
                "the upload is larger than this endpoint takes: at most " + e.getMaxUploadSize() + " bytes");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type", e.getMessage());
    }

    static ResponseEntity<ApiError> answer(HttpStatus status, String parameter, String message) {
        return ResponseEntity.status(status)
                .body(new ApiError(status.value(), status.getReasonPhrase(), parameter, message));
    }

    private static String describe(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "Instant", "OffsetDateTime" -> "an ISO-8601 time such as 2026-11-22T12:00:00Z";
            case "LocalDate" -> "a date such as 2026-11-22";
            case "Duration" -> "an ISO-8601 duration such as PT5M";
            case "Boolean", "boolean" -> "true or false";
            case "Integer", "int", "Long", "long" -> "a whole number";
            default -> type.isEnum()
                    ? "one of " + java.util.Arrays.toString(type.getEnumConstants())
                    : type.getSimpleName();
        };
    }
}
