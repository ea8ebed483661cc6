package app.atelier.board.ui;

import app.atelier.access.CurrentActor;
import app.atelier.base.InvalidInputException;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.security.Actor;
import app.atelier.template.BoardTemplate;
import app.atelier.template.TemplateCatalog;
import app.atelier.workspace.Workspace;
import app.atelier.workspace.WorkspaceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * Home: the boards of the current workspace, newest first, and a new board in it from one of its templates; then the
 * boards shared with this person from workspaces they do not belong to.
 */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {
    private final BoardService service;
    private final Actor actor;
    private final Workspace workspace;

    final TextField title = new TextField();
    final Select<BoardTemplate> template = new Select<>();
    final Button create = new Button();
    final Div boardList = new Div();
    final Div sharedList = new Div();

    public HomeView(BoardService service, TemplateCatalog templates, CurrentActor current,
                    WorkspaceService workspaces) {
        this.service = service;
        this.actor = current.get().orElseThrow();
        this.workspace = workspaces.current(actor).orElse(null);
        addClassName("home-view");
        setMaxWidth("60rem");
        if (workspace == null) {
            Paragraph none = new Paragraph(getTranslation(workspaces.mayCreate(actor) ? "home.noWorkspace"
                    : "home.noWorkspace.ask"));
            none.setId("no-workspace");
            add(new H2(getTranslation("home.title")), none,
                    new Anchor("workspaces", getTranslation("workspace.manage")));
            showShared(templates);
            return;
        }

        title.setId("new-board-title");
        title.setLabel(getTranslation("home.new.title"));
        title.setPlaceholder(getTranslation("home.new.title.placeholder"));
        title.setMaxLength(120);
        title.setWidth("22rem");
        template.setWidth("20rem");
        List<BoardTemplate> all = templates.availableTo(actor.id(), workspace.id());
        template.setId("new-board-template");
        template.setLabel(getTranslation("home.new.template"));
        template.setItems(all);
        template.setItemLabelGenerator(t -> getTranslation(t.nameKey()));
        template.setValue(all.getFirst());
        create.setId("create-board");
        create.setText(getTranslation("home.new.create"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> createBoard());
        HorizontalLayout form = new HorizontalLayout(title, template, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        boardList.setId("board-list");
        boardList.addClassName("board-list");
        Paragraph where = new Paragraph(getTranslation("home.workspace", workspace.name()));
        where.setId("home-workspace");
        add(where, new H2(getTranslation("home.new.heading")), form, new H2(getTranslation("home.title")), boardList);
        List<Board> boards = service.listBoards(actor, workspace.id());
        if (boards.isEmpty()) {
            boardList.add(new Paragraph(getTranslation("home.empty")));
        }
        show(boards, boardList, templates);
        showShared(templates);
    }

    private void showShared(TemplateCatalog templates) {
        List<Board> shared = service.sharedFromOtherWorkspaces(actor);
        if (!shared.isEmpty()) {
            sharedList.setId("shared-board-list");
            sharedList.addClassName("board-list");
            add(new H2(getTranslation("home.shared")), sharedList);
            show(shared, sharedList, templates);
        }
    }

    private void show(List<Board> boards, Div list, TemplateCatalog templates) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        for (Board board : boards) {
            RouterLink link = new RouterLink(BoardView.class, new RouteParameters("boardId", board.getId()));
            link.setText(board.getTitle());
            link.addClassName("board-link");
            String templateName = templates.find(board.getTemplateId())
                    .map(t -> getTranslation(t.nameKey())).orElse(board.getTemplateId());
            Span meta = new Span(getTranslation("home.board.meta", templateName, date.format(board.getCreatedAt())));
            meta.addClassName("board-meta");
            Div item = new Div(link, meta);
            item.addClassName("board-item");
            list.add(item);
        }
    }

    private void createBoard() {
        try {
            String templateId = template.getValue() == null ? null : template.getValue().id();
            Board board = service.createBoard(actor, workspace.id(), title.getValue(), templateId, getLocale());
            getUI().ifPresent(ui -> ui.navigate(BoardView.class, new RouteParameters("boardId", board.getId())));
        } catch (InvalidInputException e) {
            title.setInvalid(true);
            title.setErrorMessage(getTranslation(e.messageKey(), e.args()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
