package app.atelier.template;

import app.atelier.base.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** The board templates, read once from {@code board-templates/*.json}: adding a format is adding a file. */
@Component
public class TemplateCatalog {
    /** Order on the home page: the product's first three formats. */
    private static final List<String> PREFERRED_ORDER = List.of("value-proposition", "brand-promise", "mur-des-fails",
            "swot", "aarrr", "detox-day", "shadow-cmo-debrief", "hackathon-pitch", "time-capsule");

    private final Map<String, BoardTemplate> templates;
    /** The templates facilitators make (none in a catalog made without them, as in unit tests). */
    private final List<TemplateSource> sources;

    public TemplateCatalog(ObjectMapper objectMapper) {
        this(objectMapper, List.of());
    }

    @Autowired
    public TemplateCatalog(ObjectMapper objectMapper, List<TemplateSource> sources) {
        this.templates = load(objectMapper);
        this.sources = List.copyOf(sources);
    }

    private static Map<String, BoardTemplate> load(ObjectMapper objectMapper) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:board-templates/*.json");
            Map<String, BoardTemplate> byId = new LinkedHashMap<>();
            Arrays.stream(files)
                    .map(file -> read(objectMapper, file))
                    .sorted(Comparator.comparingInt(t -> {
                        int i = PREFERRED_ORDER.indexOf(t.id());
                        return i < 0 ? Integer.MAX_VALUE : i;
                    }))
                    .forEach(t -> byId.put(t.id(), t));
            return Collections.unmodifiableMap(byId);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list board templates", e);
        }
    }

    private static BoardTemplate read(ObjectMapper objectMapper, Resource file) {
        try (InputStream in = file.getInputStream()) {
            return objectMapper.readValue(in, BoardTemplate.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read board template " + file, e);
        }
    }

    public List<BoardTemplate> all() {
        return List.copyOf(templates.values());
    }

    public Optional<BoardTemplate> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        BoardTemplate builtIn = templates.get(id);
        return builtIn != null ? Optional.of(builtIn)
                : sources.stream().map(s -> s.find(id)).flatMap(Optional::stream).findFirst();
    }

    /** The built-in templates, then those of the workspace this person made or that are shared in it. */
    public List<BoardTemplate> availableTo(String personId, String workspaceId) {
        List<BoardTemplate> available = new ArrayList<>(all());
        sources.forEach(s -> available.addAll(s.availableTo(personId, workspaceId)));
        return available;
    }

    /**
     * The template, if this person may start a board from it in that workspace; else the same error as for an unknown
     * one (another workspace's templates are not even named).
     */
    public BoardTemplate requireFor(String personId, String workspaceId, String id) {
        BoardTemplate template = require(id);
        if (!templates.containsKey(id) && sources.stream().noneMatch(s -> s.mayUse(personId, workspaceId, id))) {
            throw unknown(id);
        }
        return template;
    }

    /** The template, or a 400-style error naming the {@code template} field. */
    public BoardTemplate require(String id) {
        return find(id).orElseThrow(() -> unknown(id));
    }

    private InvalidInputException unknown(String id) {
        return new InvalidInputException("template", "error.template.unknown", id,
                String.join(", ", templates.keySet()));
    }
}
