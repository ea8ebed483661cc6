package app.atelier.base.api;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.annotation.Nullable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's contract, generated from the controllers by springdoc ({@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui/index.html}, both for signed-in people): who may call (a bearer token) and what every error
 * looks like ({@link ApiError}, the {@code default} answer of each operation).
 */
@Configuration
class ApiDocumentation {
    static final String BEARER = "bearer";

    @Bean
    OpenAPI atelierOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Atelier API").version("1").description("""
                        Boards, cards, facilitation, votes, decisions, actions and crowd mode of an Atelier \
                        installation. Every call needs an API token (`Authorization: Bearer <token>`), made in \
                        the app under *API tokens* or with `POST /api/auth/token`; a call sees what the token's \
                        account may see. Errors are JSON (`ApiError`) with the HTTP status, a stable `error` code \
                        and a message in the language of `Accept-Language` (French or English). A board's live \
                        changes come over a WebSocket, `/api/boards/{boardId}/events`: its messages are the \
                        `BoardEventMessage` schemas."""))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("An API token of an Atelier account")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Operations are grouped by feature (board, voting, crowd, …): the package their controller lives in. */
    @Bean
    OperationCustomizer featureTags() {
        return (operation, handler) -> {
            String[] packages = handler.getBeanType().getPackageName().split("\\.");
            operation.setTags(List.of(packages.length > 2 ? packages[2] : "atelier"));
            return operation;
        };
    }

    /**
     * A property marked {@link Nullable} may be {@code null} in an answer (a capsule not sealed yet has no reveal
     * date): OpenAPI 3.1 says so with the type {@code "null"} beside the property's own.
     */
    @Bean
    PropertyCustomizer nullableProperties() {
        return (property, type) -> {
            if (type.getCtxAnnotations() == null
                    || Arrays.stream(type.getCtxAnnotations()).noneMatch(Nullable.class::isInstance)) {
                return property;
            }
            if (property.get$ref() != null) {
                return new JsonSchema().oneOf(List.of(new JsonSchema().$ref(property.get$ref()),
                        new JsonSchema().types(Set.of("null"))));
            }
            Set<String> types = new LinkedHashSet<>(property.getTypes() == null ? Set.of() : property.getTypes());
            if (property.getType() != null) {
                types.add(property.getType());
            }
            types.add("null");
            property.setTypes(types);
            return property;
        };
    }

    /** Every operation may fail with an {@link ApiError}: documented once, as each operation's default answer. */
    @Bean
    OpenApiCustomizer apiErrors() {
        return openApi -> {
            ModelConverters.getInstance(true).readAll(ApiError.class).forEach(openApi.getComponents()::addSchemas);
            ApiResponse error = new ApiResponse().description("An error: its status, code and message")
                    .content(new Content().addMediaType("application/json", new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/ApiError"))));
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                    operation.getResponses().putIfAbsent("default", error)));
        };
    }
}
