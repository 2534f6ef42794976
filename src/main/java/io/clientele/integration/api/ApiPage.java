package io.clientele.integration.api;

import io.clientele.base.FieldValidationException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** One page of a list with the exact total, as every list endpoint answers. */
public record ApiPage<T>(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<T> items, int page, int size, long total) {
    static final int MAX_SIZE = 200;

    static PageRequest request(int page, int size, Sort sort) {
        if (page < 0) {
            throw new FieldValidationException("page", "api.page-negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new FieldValidationException("size", "api.size-range");
        }
        if ((long) page * size > Integer.MAX_VALUE - size) {
            // The first row's offset must fit the database's row numbers; no list is that long.
            throw new FieldValidationException("page", "api.page-too-far");
        }
        return PageRequest.of(page, size, sort);
    }
}
