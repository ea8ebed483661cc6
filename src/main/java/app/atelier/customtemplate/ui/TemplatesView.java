package app.atelier.customtemplate.ui;

import app.atelier.access.CurrentActor;
import app.atelier.base.InvalidInputException;
import app.atelier.base.LocalizedException;
import app.atelier.customtemplate.CustomTemplate;
import app.atelier.customtemplate.CustomTemplateService;
import app.atelier.customtemplate.TemplateDefinition;
import app.atelier.customtemplate.TemplateDefinition.ZoneSpec;
import app.atelier.security.Actor;
import app.atelier.workspace.Workspace;
import app.atelier.workspace.WorkspaceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * The templates a person made or that are shared: each exported as JSON; a new one written in a simple editor (one
 * zone per line) or imported from an export. They are offered when creating a board.
 */
@Route("templates")
@PermitAll
public class TemplatesView extends VerticalLayout implements HasDynamicTitle {
    private final CustomTemplateService templates;
    /** The application's JSON mapper: an imported file is read with the API's strict rules. */
    private final ObjectMapper json;
    private final Actor actor;
    /** The current workspace's id, where the templates are made and listed (null: the person has none). */
    private final String workspaceId;
    final Div list = new Div();
    final TextField name = new TextField();
    final TextArea zones = new TextArea();
    final Checkbox shared = new Checkbox();
    final Button create = new Button();
    final Upload importer;

    public TemplatesView(CustomTemplateService templates, CurrentActor current, ObjectMapper json,
                         WorkspaceService workspaces) {
        this.templates = templates;
        this.json = json;
        this.actor = current.get().orElseThrow();
        this.workspaceId = workspaces.current(actor).map(Workspace::id).orElse(null);
        setMaxWidth("60rem");
        list.setId("template-list");
        name.setId("new-template-name");
        name.setLabel(getTranslation("templates.name"));
        name.setMaxLength(120);
        name.setWidth("24rem");
        zones.setId("new-template-zones");
        zones.setLabel(getTranslation("templates.zones"));
        zones.setPlaceholder("Forces | Ce que nous faisons mieux que quiconque\nFaiblesses | Où nous perdons");
        zones.setWidthFull();
        zones.setMinHeight("8em");
        shared.setId("new-template-shared");
        shared.setLabel(getTranslation("templates.shared"));
        create.setId("new-template-create");
        create.setText(getTranslation("templates.create"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> make(new TemplateDefinition(name.getValue(), null, null, null,
                zonesOf(zones.getValue()))));
        importer = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                importJson(bytes)))));
        importer.setId("template-import");
        importer.setAcceptedFileTypes("application/json", ".json");
        importer.setMaxFiles(1);
        importer.setUploadButton(new Button(getTranslation("templates.import")));
        add(new H2(getTranslation("templates.new")), name, zones, shared, create, importer,
                new H2(getTranslation("templates.mine")), list);
        showList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("templates.title") + " — " + getTranslation("app.name");
    }

    /** "Label | hint" per line; blank lines are skipped (an editor with no zone at all is refused by the rules). */
    static List<ZoneSpec> zonesOf(String text) {
        return Arrays.stream(text == null ? new String[0] : text.split("\\R")).filter(l -> !l.isBlank())
                .map(line -> {
                    int bar = line.indexOf('|');
                    String label = bar < 0 ? line : line.substring(0, bar);
                    String hint = bar < 0 ? null : line.substring(bar + 1);
                    return new ZoneSpec(null, label.strip(), hint == null ? null : hint.strip(), null, null, null);
                }).toList();
    }

    void importJson(byte[] bytes) {
        try {
            make(json.readValue(bytes, TemplateDefinition.class));
        } catch (JacksonException notATemplate) {
            refused(getTranslation("error.template.file"));
        }
        importer.clearFileList();
    }

    private void make(TemplateDefinition definition) {
        try {
            CustomTemplate made = templates.create(actor, workspaceId, definition, shared.getValue());
            Notification.show(getTranslation("templates.created", made.definition().name()));
            name.clear();
            zones.clear();
            name.setInvalid(false);
            zones.setInvalid(false);
            showList();
        } catch (InvalidInputException e) {
            var field = e.field().startsWith("zones") ? zones : name;
            field.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            field.setInvalid(true);
        } catch (LocalizedException e) {
            refused(getTranslation(e.messageKey(), e.args()));
        }
    }

    private void refused(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.ERROR);
    }

    private void showList() {
        list.removeAll();
        List<CustomTemplate> made = workspaceId == null ? List.of() : templates.madeFor(actor, workspaceId);
        if (made.isEmpty()) {
            list.add(new Span(getTranslation("templates.none")));
        }
        for (CustomTemplate template : made) {
            Div row = new Div();
            row.addClassName("template-row");
            Span label = new Span(template.definition().name() + " · " + getTranslation("templates.by",
                    template.ownerName()) + (template.shared() ? "" : " · " + getTranslation("templates.private")));
            Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
                // written when asked for, not for every template the list shows
                byte[] file = json.writerWithDefaultPrettyPrinter().writeValueAsString(template.definition())
                        .getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(file), "template.json", "application/json",
                        file.length);
            }), getTranslation("templates.export"));
            export.getElement().setAttribute("download", "template.json");
            row.add(label, new Span(" "), export);
            list.add(row);
        }
    }
}
