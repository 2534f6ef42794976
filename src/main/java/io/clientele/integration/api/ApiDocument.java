package io.clientele.integration.api;

import io.clientele.customer.CustomerDraft;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the annotations cannot say once for every operation, added to the served document so that it is what the
 * API does: each operation's error responses as problem documents, fields that may be null typed as such
 * (OpenAPI 3.1), paging and sort limits, and the text limits the forms enforce (read from {@link CustomerDraft}'s
 * Bean Validation, the one place they are kept).
 */
@Configuration
class ApiDocument {
    static final String PROBLEM = "application/problem+json";

    @Bean
    OpenApiCustomizer apiContract() {
        return api -> {
            api.getComponents().addSchemas("Problem", problemSchema());
            api.getComponents().getSchemas().forEach((name, schema) -> {
                primitivesRequired(name, schema);
                nullableUnlessRequired(schema);
            });
            textLimits(api.getComponents().getSchemas().get("CustomerInput"));
            api.getPaths()
                    .forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
                        limits(op);
                        errors(path, method, op.getResponses(), op);
                    }));
        };
    }

    private static Schema<Object> type(String... types) {
        Schema<Object> s = new Schema<>();
        s.types(new LinkedHashSet<>(List.of(types)));
        return s;
    }

    private static Schema<Object> problemSchema() {
        Schema<Object> error = type("object");
        error.addProperty("field", type("string"));
        error.addProperty("message", type("string"));
        error.required(List.of("field", "message"));
        ArraySchema errors = new ArraySchema();
        errors.items(error);
        Schema<Object> problem = type("object");
        problem.description("RFC 9457 problem details; validation problems list each field");
        problem.addProperty("type", type("string").format("uri"));
        problem.addProperty("title", type("string"));
        problem.addProperty("status", type("integer"));
        problem.addProperty("detail", type("string", "null"));
        problem.addProperty("instance", type("string", "null"));
        problem.addProperty("errors", errors);
        problem.required(List.of("type", "title", "status"));
        return problem;
    }

    /** The API's records by schema name (a page is named after its items: ApiPageApiCustomer). */
    private static final List<Class<? extends Record>> RECORDS = List.of(
            ApiCustomer.class,
            ApiPage.class,
            MeApi.ApiSubscription.class,
            MeApi.ApiPayment.class,
            io.clientele.booking.BookingRow.class);

    /** A record component of a primitive type is always there and never null. */
    private static void primitivesRequired(String name, Schema<?> schema) {
        RECORDS.stream()
                .filter(r -> name.equals(r.getSimpleName()) || name.startsWith(r.getSimpleName()) && r == ApiPage.class)
                .findFirst()
                .ifPresent(r -> {
                    List<String> required =
                            new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
                    for (var c : r.getRecordComponents()) {
                        if (c.getType().isPrimitive() && !required.contains(c.getName())) {
                            required.add(c.getName());
                        }
                    }
                    schema.setRequired(required);
                });
    }

    /** A property the record does not mark REQUIRED may be null or left out (OpenAPI 3.1 type arrays). */
    private static void nullableUnlessRequired(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((name, property) -> {
            if (!required.contains(name) && property.get$ref() == null && property.getTypes() != null) {
                Set<String> types = new LinkedHashSet<>(property.getTypes());
                types.add("null");
                property.setTypes(types);
            }
        });
    }

    private static void textLimits(Schema<?> input) {
        if (input == null || input.getProperties() == null) {
            return;
        }
        for (Field f : CustomerDraft.class.getDeclaredFields()) {
            Schema<?> property = input.getProperties().get(f.getName());
            if (property == null) {
                continue;
            }
            Size size = f.getAnnotation(Size.class);
            if (size != null) {
                property.setMaxLength(size.max());
            }
            if (f.isAnnotationPresent(Email.class)) {
                property.setFormat("email");
            }
        }
    }

    private static void limits(Operation op) {
        if (op.getParameters() == null) {
            return;
        }
        for (Parameter p : op.getParameters()) {
            Schema<?> s = p.getSchema();
            switch (p.getName()) {
                case "page" -> s.setMinimum(java.math.BigDecimal.ZERO);
                case "size" -> {
                    s.setMinimum(java.math.BigDecimal.ONE);
                    s.setMaximum(java.math.BigDecimal.valueOf(ApiPage.MAX_SIZE));
                }
                case "sort" -> {
                    List<Object> keys = new ArrayList<>();
                    CustomersApi.SORT_KEYS.forEach(k -> {
                        keys.add(k);
                        keys.add("-" + k);
                    });
                    @SuppressWarnings("unchecked")
                    Schema<Object> sort = (Schema<Object>) s;
                    sort.setEnum(keys);
                }
                default -> {}
            }
        }
    }

    /** The problems each operation can answer with, by what it takes. */
    private static void errors(String path, PathItem.HttpMethod method, ApiResponses responses, Operation op) {
        Map<String, String> codes = new java.util.LinkedHashMap<>();
        boolean takesInput = op.getRequestBody() != null
                || (op.getParameters() != null && op.getParameters().stream().anyMatch(p -> "query".equals(p.getIn())));
        if (takesInput || path.contains("{")) {
            codes.put("400", "Malformed request (a parameter of the wrong type, a body that is not JSON)");
        }
        codes.put("401", "No usable API key");
        codes.put("403", "The key lacks the scope for this operation");
        if (path.contains("{") || path.endsWith("/subscription")) {
            codes.put("404", "No such record");
        }
        codes.put("405", "The path does not take this method");
        codes.put("406", "Only application/json is answered");
        boolean upload = op.getRequestBody() != null
                && op.getRequestBody().getContent() != null
                && op.getRequestBody().getContent().containsKey("multipart/form-data");
        if (method == PathItem.HttpMethod.POST && (path.contains("{") || upload)
                || method == PathItem.HttpMethod.DELETE) {
            codes.put("409", "Refused in the record's state (e.g. already blocked, deleted; another import runs)");
        }
        if (upload) {
            codes.put("413", "The file is larger than 50 MB");
        }
        if (method == PathItem.HttpMethod.PATCH) {
            codes.put("412", "Changed since the ETag sent as If-Match");
            codes.put("428", "If-Match is required");
        }
        if (op.getRequestBody() != null) {
            codes.put("415", upload ? "The body must be multipart/form-data" : "The body must be application/json");
        }
        if (takesInput) {
            codes.put("422", "Invalid input; errors names each field");
        }
        codes.put("429", "Rate limit reached; Retry-After says when to try again");
        codes.put("500", "Server error; it has been logged");
        codes.forEach((code, description) -> {
            if (!responses.containsKey(code)) {
                ApiResponse r = new ApiResponse()
                        .description(description)
                        .content(new Content()
                                .addMediaType(
                                        PROBLEM,
                                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
                if ("429".equals(code)) {
                    r.addHeaderObject(
                            "Retry-After",
                            new Header()
                                    .description("Seconds until the key may call again")
                                    .schema(type("integer")));
                }
                responses.addApiResponse(code, r);
            }
        });
    }
}
