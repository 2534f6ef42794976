package io.clientele.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The served OpenAPI document as a contract: each exchange of the API tests must be one the document describes —
 * a documented operation and parameters, a documented status, and a body valid against that status's schema
 * (JSON Schema 2020-12, checked by networknt's validator). A response that breaks the document fails the test.
 */
final class OpenApiContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode document;
    private final JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    OpenApiContract(String openApiJson) throws Exception {
        this.document = JSON.readTree(openApiJson);
    }

    void check(MockHttpServletRequest request, MockHttpServletResponse response) throws Exception {
        String what = request.getMethod() + " " + request.getRequestURI() + " -> " + response.getStatus();
        String template = template(request.getRequestURI());
        assertThat(template).as("documented path for " + what).isNotNull();
        JsonNode operation =
                document.path("paths").path(template).path(request.getMethod().toLowerCase());
        if (operation.isMissingNode()) {
            assertThat(response.getStatus())
                    .as("an undocumented method must be refused: " + what)
                    .isIn(401, 405);
            return;
        }
        if (response.getStatus() < 300) {
            for (String name : request.getParameterMap().keySet()) {
                boolean documented = false;
                for (JsonNode p : operation.path("parameters")) {
                    documented |= p.path("in").asText().equals("query")
                            && p.path("name").asText().equals(name);
                }
                assertThat(documented)
                        .as("query parameter " + name + " of " + what + " is documented")
                        .isTrue();
            }
        }
        JsonNode answer = operation.path("responses").path(Integer.toString(response.getStatus()));
        assertThat(answer.isMissingNode()).as("status documented: " + what).isFalse();
        String body = response.getContentAsString();
        if (body.isEmpty()) {
            assertThat(answer.path("content").isEmpty())
                    .as("a documented body was sent: " + what)
                    .isTrue();
            return;
        }
        String type = response.getContentType() == null
                ? ""
                : response.getContentType().split(";")[0].strip();
        JsonNode media = answer.path("content").path(type);
        assertThat(media.isMissingNode())
                .as("content type " + type + " documented: " + what)
                .isFalse();
        String pointer =
                "#/paths/" + escape(template) + "/" + request.getMethod().toLowerCase() + "/responses/"
                        + response.getStatus() + "/content/" + escape(type) + "/schema";
        Set<ValidationMessage> errors = schemaAt(pointer).validate(JSON.readTree(body));
        assertThat(errors)
                .as("body of " + what + " against " + pointer + ": " + body)
                .isEmpty();
    }

    /** The document itself as the schema's root, so every $ref inside it resolves; the root points at one schema. */
    private JsonSchema schemaAt(String pointer) {
        ObjectNode root = document.deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", pointer);
        return schemas.getSchema(root);
    }

    private String template(String uri) {
        String best = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext(); ) {
            String path = it.next().getKey();
            if (Pattern.matches(path.replaceAll("\\{[^/]+}", "[^/]+"), uri)
                    && (best == null || best.contains("{") && !path.contains("{"))) {
                best = path;
            }
        }
        return best;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
