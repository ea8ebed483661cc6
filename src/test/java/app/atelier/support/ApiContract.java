package app.atelier.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The served OpenAPI document, as a judge of real answers: an answer's status must be one its operation documents
 * (or an error, which every operation documents as {@code ApiError}), its media type the documented one, and a JSON
 * body must be valid against the documented schema, with no property the schema does not name. Event messages are
 * judged against their schema by name.
 */
public final class ApiContract {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final JsonNode document;
    private final ObjectNode strictComponents;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
    private final Set<String> exercised = new TreeSet<>();
    private final List<String> breaches = new ArrayList<>();

    /** The document as a signed-in person reads it at {@code /v3/api-docs}. */
    public static ApiContract served(int port, People people) throws Exception {
        HttpResponse<String> document = WebSession.signIn(port, people).get("/v3/api-docs");
        assertThat(document.statusCode()).isEqualTo(200);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), document.body()); // to read
        return new ApiContract(document.body());
    }

    ApiContract(String openApiJson) {
        this.document = JSON.readTree(openApiJson);
        this.strictComponents = (ObjectNode) document.get("components").deepCopy();
        closeObjects(strictComponents);
    }

    public JsonNode document() {
        return document;
    }

    /** Every documented operation, as "METHOD /path/{template}". */
    public Set<String> operations() {
        Set<String> all = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().propertyNames()
                .forEach(method -> all.add(method.toUpperCase() + " " + path.getKey())));
        return all;
    }

    /** The operations that answered with a documented success at least once. */
    public synchronized Set<String> exercised() {
        return new TreeSet<>(exercised);
    }

    public synchronized List<String> breaches() {
        return List.copyOf(breaches);
    }

    /** Judges one real answer to {@code method path} (a concrete path, query string allowed). */
    public synchronized void check(String method, String path, ApiClient.Response response) {
        String concrete = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String template = templateOf(concrete);
        String what = method + " " + path + " -> " + response.status();
        if (template == null) {
            breaches.add("undocumented path: " + what);
            return;
        }
        JsonNode operation = document.at("/paths/" + pointer(template) + "/" + method.toLowerCase());
        if (operation.isMissingNode()) {
            breaches.add("undocumented method: " + what);
            return;
        }
        String status = String.valueOf(response.status());
        JsonNode answer = operation.path("responses").path(status);
        if (answer.isMissingNode()) {
            if (response.status() < 400) {
                breaches.add("status not documented (" + operation.path("responses").propertyNames() + "): " + what);
                return;
            }
            answer = operation.path("responses").path("default");
        } else if (response.status() < 400) {
            exercised.add(method.toUpperCase() + " " + template);
        }
        String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
        JsonNode content = answer.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            if (!response.body().isEmpty()) {
                breaches.add("a body where none is documented: " + what);
            }
            return;
        }
        if (!content.has(type) && !content.has(type.replaceFirst("/.*", "/*"))) {
            breaches.add("media type " + type + " not documented " + content.propertyNames() + ": " + what);
            return;
        }
        if (!type.equals("application/json")) {
            return;
        }
        List<Error> errors = schema(content.get(type).get("schema")).validate(JSON.readTree(response.body()));
        if (!errors.isEmpty()) {
            breaches.add(what + ": " + errors.stream().limit(40).map(Error::toString).toList() + " in "
                    + abbreviate(response.body()));
        }
    }

    /** Judges a JSON message (an event) against the named schema of the document's components. */
    public synchronized void checkMessage(String schemaName, JsonNode message) {
        List<Error> errors = schema(JSON.createObjectNode().put("$ref", "#/components/schemas/" + schemaName))
                .validate(message);
        if (!errors.isEmpty()) {
            breaches.add(schemaName + ": " + errors.stream().limit(40).map(Error::toString).toList() + " in "
                    + abbreviate(message.toString()));
        }
    }

    private Schema schema(JsonNode schema) {
        return compiled.computeIfAbsent(schema.toString(), key -> {
            ObjectNode root = JSON.createObjectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("components", strictComponents);
            ObjectNode own = (ObjectNode) schema.deepCopy();
            closeObjects(own);
            root.setAll(own);
            return SCHEMAS.getSchema(root);
        });
    }

    /** Objects with named properties get no others: an answer's undocumented field is a breach, not a pass. */
    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.forEach(ApiContract::closeObjects);
        } else if (node != null && node.isArray()) {
            node.forEach(ApiContract::closeObjects);
        }
    }

    private String templateOf(String concrete) {
        String best = null;
        for (String template : document.get("paths").propertyNames()) {
            String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            if (concrete.matches(regex) && (best == null || literalLength(template) > literalLength(best))) {
                best = template; // "/cards/{id}" and "/export.json": the most literal template wins
            }
        }
        return best;
    }

    private static int literalLength(String template) {
        return template.replaceAll("\\{[^}]+}", "").length();
    }

    private static String pointer(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
