package app.atelier.customtemplate.api;

import app.atelier.base.api.ApiExceptionHandler;
import app.atelier.base.api.RequestBodies;
import app.atelier.customtemplate.CustomTemplate;
import app.atelier.customtemplate.CustomTemplateService;
import app.atelier.customtemplate.TemplateDefinition.ZoneSpec;
import app.atelier.customtemplate.TemplateDefinition;
import app.atelier.security.AtelierUser;
import app.atelier.template.TemplateCatalog;
import app.atelier.workspace.WorkspaceService;
import com.vaadin.flow.i18n.I18NProvider;
import io.swagger.v3.oas.annotations.Parameter;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Templates over the API: list those you may use, make one (or import an export), export one, save a board as one. */
@RestController
class TemplateApiController {
    /** A definition (as exported) and whether everyone may use it. */
    record TemplateRequest(String name, Integer columns, Integer rows, List<String> agenda, List<ZoneSpec> zones,
                           Boolean shared) {
        TemplateDefinition definition() {
            return new TemplateDefinition(name, columns, rows, agenda, zones);
        }
    }

    record SaveBoardRequest(String name, Boolean shared) {
    }

    record TemplateSummary(String id, String name, boolean builtIn) {
    }

    private final CustomTemplateService templates;
    private final TemplateCatalog catalog;
    private final I18NProvider i18n;
    private final WorkspaceService workspaces;

    TemplateApiController(CustomTemplateService templates, TemplateCatalog catalog, I18NProvider i18n,
                          WorkspaceService workspaces) {
        this.templates = templates;
        this.workspaces = workspaces;
        this.catalog = catalog;
        this.i18n = i18n;
    }

    @GetMapping(path = "/api/templates", produces = MediaType.APPLICATION_JSON_VALUE)
    List<TemplateSummary> available(@AuthenticationPrincipal AtelierUser user,
                                    @Parameter(description = WorkspaceService.API_PARAMETER)
                                    @RequestParam(required = false) String workspace, Locale locale) {
        Locale language = ApiExceptionHandler.supported(locale);
        String inWorkspace = workspaces.resolve(user.actor(), workspace);
        return catalog.availableTo(user.actor().id(), inWorkspace).stream().map(t -> new TemplateSummary(t.id(),
                i18n.getTranslation(t.nameKey(), language), !t.id().startsWith(CustomTemplate.PREFIX))).toList();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/api/templates", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TemplateSummary> create(@AuthenticationPrincipal AtelierUser user,
                                           @RequestBody TemplateRequest request,
                                           @Parameter(description = WorkspaceService.API_PARAMETER)
                                           @RequestParam(required = false) String workspace) {
        RequestBodies.require(request);
        return created(templates.create(user.actor(), workspace, request.definition(),
                Boolean.TRUE.equals(request.shared())));
    }

    /** Any template you may use, as a definition in your language: what {@code POST /api/templates} takes back. */
    @GetMapping(path = "/api/templates/{templateId}", produces = MediaType.APPLICATION_JSON_VALUE)
    TemplateDefinition export(@AuthenticationPrincipal AtelierUser user, @PathVariable String templateId,
                              Locale locale) {
        return templates.export(user.actor(), templateId, ApiExceptionHandler.supported(locale));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/api/boards/{boardId}/template", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TemplateSummary> saveBoard(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                                              @RequestBody SaveBoardRequest request) {
        RequestBodies.require(request);
        return created(templates.saveBoard(user.actor(), boardId, request.name(),
                Boolean.TRUE.equals(request.shared())));
    }

    private static ResponseEntity<TemplateSummary> created(CustomTemplate made) {
        return ResponseEntity.created(URI.create("/api/templates/" + made.id()))
                .body(new TemplateSummary(made.id(), made.definition().name(), false));
    }
}
