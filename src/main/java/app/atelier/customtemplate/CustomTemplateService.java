package app.atelier.customtemplate;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.access.AccessService;
import app.atelier.base.ForbiddenException;
import app.atelier.base.InvalidInputException;
import app.atelier.base.NotFoundException;
import app.atelier.base.TextSource;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.customtemplate.TemplateDefinition.FieldSpec;
import app.atelier.customtemplate.TemplateDefinition.ZoneSpec;
import app.atelier.security.Actor;
import app.atelier.template.BoardTemplate;
import app.atelier.template.TemplateCatalog;
import app.atelier.template.TemplateSource;
import app.atelier.workspace.WorkspaceService;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Makes templates (from scratch or from a board), lists those a person may use, and exports any template as a
 * definition. Made templates never change, so each is read from the store once per node and kept.
 */
@Service
public class CustomTemplateService implements TemplateSource, TextSource {
    private final MongoTemplate mongo;
    private final AccessService access;
    private final WorkspaceService workspaces;
    private final BoardService boards;
    private final TemplateCatalog catalog;
    private final I18NProvider i18n;
    private final Clock clock;
    private final Map<String, CustomTemplate> known = new ConcurrentHashMap<>();

    CustomTemplateService(MongoTemplate mongo, AccessService access, WorkspaceService workspaces,
                          @Lazy BoardService boards, @Lazy TemplateCatalog catalog, @Lazy I18NProvider i18n,
                          Clock clock) {
        this.mongo = mongo;
        this.access = access;
        this.workspaces = workspaces;
        this.boards = boards;
        this.catalog = catalog;
        this.i18n = i18n;
        this.clock = clock;
    }

    /**
     * A template made from a definition (written in the editor, or imported), checked whole first, in the workspace
     * named ({@code null}: the maker's current one).
     */
    public CustomTemplate create(Actor maker, String workspaceId, TemplateDefinition definition, boolean shared) {
        if (!maker.isAccount()) {
            throw new ForbiddenException("error.access.accountOnly");
        }
        String workspace = workspaces.resolve(maker, workspaceId);
        TemplateDefinition checked = DefinitionRules.check(definition);
        CustomTemplate made = mongo.insert(new CustomTemplate(CustomTemplate.PREFIX + UUID.randomUUID(), maker.id(),
                maker.name(), shared, clock.instant(), checked, workspace));
        known.put(made.id(), made);
        return made;
    }

    /**
     * A template made from a board (its facilitators who belong to its workspace: the template stays there): its
     * zones, fields, layout and agenda, named by the maker.
     */
    public CustomTemplate saveBoard(Actor facilitator, String boardId, String name, boolean shared) {
        access.requireFacilitator(facilitator, boardId);
        Board board = boards.getBoard(facilitator, boardId);
        if (workspaces.roleOf(facilitator, board.getWorkspaceId()).isEmpty()) {
            throw new ForbiddenException("error.workspace.membersOnly");
        }
        TemplateDefinition from = definitionOf(boards.templateOf(board), board.getLanguage());
        return create(facilitator, board.getWorkspaceId(), new TemplateDefinition(name, from.columns(), from.rows(),
                from.agenda(), from.zones()), shared);
    }

    /**
     * Any template this person may use, as a definition in that language, for export: the built-in ones, and the
     * made ones they may use in the workspace they were made in.
     */
    public TemplateDefinition export(Actor actor, String templateId, Locale language) {
        Optional<CustomTemplate> made = stored(templateId);
        String workspace = made.map(CustomTemplate::workspaceId).orElse(null);
        if (made.isPresent() && workspaces.roleOf(actor, workspace).isEmpty()) {
            throw new NotFoundException("error.template.notFound", templateId);
        }
        try {
            return definitionOf(catalog.requireFor(actor.id(), workspace, templateId), language);
        } catch (InvalidInputException unknownOrNotTheirs) {
            throw new NotFoundException("error.template.notFound", templateId);
        }
    }

    /** The templates of the workspace this person made or that are shared in it, newest first. */
    public List<CustomTemplate> madeFor(Actor actor, String workspaceId) {
        workspaces.requireMember(actor, workspaceId);
        return usableBy(actor.id(), workspaceId);
    }

    private List<CustomTemplate> usableBy(String personId, String workspaceId) {
        List<CustomTemplate> usable = mongo.find(Query.query(where("workspaceId").is(workspaceId)
                        .orOperator(where("ownerId").is(personId), where("shared").is(true)))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")), CustomTemplate.class);
        usable.forEach(t -> known.putIfAbsent(t.id(), t));
        return usable;
    }

    private TemplateDefinition definitionOf(BoardTemplate template, Locale language) {
        List<ZoneSpec> zones = template.zones().stream().map(z -> new ZoneSpec(z.id(),
                i18n.getTranslation(template.zoneLabelKey(z.id()), language),
                i18n.getTranslation(template.zoneHintKey(z.id()), language), z.defaultColor(), z.area(),
                z.fields().stream().map(f -> new FieldSpec(f.id(),
                        i18n.getTranslation(template.fieldLabelKey(f.id()), language),
                        i18n.getTranslation(template.fieldHintKey(f.id()), language), f.main())).toList())).toList();
        return new TemplateDefinition(i18n.getTranslation(template.nameKey(), language), template.columns(),
                template.rows(), template.agenda(), zones);
    }

    // --- as a source of templates and texts for the catalog and the translations ---

    @Override
    public Optional<BoardTemplate> find(String id) {
        return stored(id).map(CustomTemplate::template);
    }

    @Override
    public List<BoardTemplate> availableTo(String personId, String workspaceId) {
        return usableBy(personId, workspaceId).stream().map(CustomTemplate::template).toList();
    }

    @Override
    public boolean mayUse(String personId, String workspaceId, String id) {
        return stored(id).map(t -> t.usableBy(personId, workspaceId)).orElse(false);
    }

    /** The labels of made templates only ({@code template.custom-…} keys); any other key is the bundles'. */
    @Override
    public Optional<String> text(String key, Locale locale) {
        if (!key.startsWith("template." + CustomTemplate.PREFIX)) {
            return Optional.empty();
        }
        String id = key.substring("template.".length());
        int end = id.indexOf('.');
        return end < 0 ? Optional.empty() : stored(id.substring(0, end)).map(t -> t.texts().get(key));
    }

    private Optional<CustomTemplate> stored(String id) {
        if (id == null || !id.startsWith(CustomTemplate.PREFIX)) {
            return Optional.empty();
        }
        CustomTemplate cached = known.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        return Optional.ofNullable(mongo.findById(id, CustomTemplate.class)).map(t -> {
            known.put(t.id(), t);
            return t;
        });
    }
}
