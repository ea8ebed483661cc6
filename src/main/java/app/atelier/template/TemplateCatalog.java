package app.atelier.template;

import app.atelier.base.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** The board templates, read once from {@code board-templates/*.json}: adding a format is adding a file. */
@Component
public class TemplateCatalog {
    /** Order on the home page: the product's first three formats. */
    private static final List<String> PREFERRED_ORDER = List.of("value-proposition", "brand-promise", "mur-des-fails",
            "swot", "aarrr", "detox-day", "shadow-cmo-debrief", "hackathon-pitch");

    private final Map<String, BoardTemplate> templates;

    public TemplateCatalog(ObjectMapper objectMapper) {
        this.templates = load(objectMapper);
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
        return Optional.ofNullable(id).map(templates::get);
    }

    /** The template, or a 400-style error naming the {@code template} field. */
    public BoardTemplate require(String id) {
        return find(id).orElseThrow(() -> new InvalidInputException("template",
                "error.template.unknown", id, String.join(", ", templates.keySet())));
    }
}
