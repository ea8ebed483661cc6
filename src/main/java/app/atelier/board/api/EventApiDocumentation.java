package app.atelier.board.api;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Describes the live event API in the OpenAPI document: the WebSocket's address, and a JSON Schema per message type
 * ({@code Event.card}, {@code Event.session}, …) generated from {@link EventMessage}'s records, gathered as
 * {@code BoardEventMessage} (one of them, told apart by {@code type}). The shapes a message shares with the REST
 * API (a card, a session, an action) are the REST API's own schemas.
 */
@Component
class EventApiDocumentation implements OpenApiCustomizer {
    static final String ALL = "BoardEventMessage";
    private static final String PATH = "/api/boards/{boardId}/events";

    @Override
    public void customise(OpenAPI openApi) {
        List<Schema> oneOf = new ArrayList<>();
        Discriminator discriminator = new Discriminator().propertyName("type");
        EventMessage.types().forEach((type, record) -> {
            String name = "Event." + type;
            openApi.getComponents().addSchemas(name, messageSchema(openApi, type, record));
            oneOf.add(new JsonSchema().$ref("#/components/schemas/" + name));
            discriminator.mapping(type, "#/components/schemas/" + name);
        });
        openApi.getComponents().addSchemas(ALL, new JsonSchema().oneOf(oneOf).discriminator(discriminator)
                .description("A message of the live event API, one JSON text frame each"));
        openApi.path(PATH, new PathItem().get(new Operation().operationId("boardEvents").addTagsItem("board")
                .summary("A board's live changes (WebSocket)")
                .description("""
                        Open a WebSocket here with an API token (`Authorization: Bearer`); a member of the board \
                        receives `hello`, then one message per change, numbered by `seq`, filtered by what the \
                        token's account may see (roles, private writing, anonymity). After a drop, reconnect with \
                        `?since=<the last seq received>` to get what was missed, in order; `resync` means too much \
                        was missed: read the board again. The stream closes when the token is revoked or the \
                        account leaves the board.""")
                .addParametersItem(new Parameter().in("path").name("boardId").required(true)
                        .schema(new JsonSchema().types(Set.of("string"))))
                .addParametersItem(new Parameter().in("query").name("since").required(false)
                        .description("The last seq received: the messages after it are sent first")
                        .schema(new JsonSchema().types(Set.of("integer")).format("int64")))
                .responses(new ApiResponses().addApiResponse("101", new ApiResponse()
                        .description("Switching to the WebSocket protocol; each text frame is a BoardEventMessage")
                        .content(new Content().addMediaType("application/json", new MediaType()
                                .schema(new JsonSchema().$ref("#/components/schemas/" + ALL))))))));
    }

    /** A record's schema with every property required and {@code type} fixed to the message's own. */
    private static Schema<?> messageSchema(OpenAPI openApi, String type, Class<?> record) {
        ResolvedSchema resolved = ModelConverters.getInstance(true).readAllAsResolvedSchema(record);
        Map<String, Schema> components = openApi.getComponents().getSchemas();
        // a card, a session: the REST API's schemas already describe them (with what may be null)
        resolved.referencedSchemas.forEach(components::putIfAbsent);
        Schema<?> schema = resolved.schema;
        Map<String, Schema> properties = schema.getProperties();
        properties.put("type", new JsonSchema().types(Set.of("string"))._const(type));
        if (properties.containsKey("action")) {
            properties.put("action", new JsonSchema().$ref("#/components/schemas/ActionResponse"));
        }
        schema.setRequired(new ArrayList<>(properties.keySet()));
        return schema;
    }
}
