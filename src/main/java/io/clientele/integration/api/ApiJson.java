package io.clientele.integration.api;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * A text field takes JSON text only: {@code "lastName": false} or {@code 42} is a 422 naming the field, not the
 * text "false" saved (Jackson coerces scalars into strings by default).
 */
@Configuration
class ApiJson {
    @Bean
    JsonMapperBuilderCustomizer textFieldsTakeTextOnly() {
        return builder -> builder.withCoercionConfig(
                LogicalType.Textual,
                c -> c.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
    }
}
