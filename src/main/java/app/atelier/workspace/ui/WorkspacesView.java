package app.atelier.workspace.ui;

import app.atelier.base.LocalizedException;
import app.atelier.security.Actor;
import app.atelier.security.AtelierUser;
import app.atelier.workspace.Workspace;
import app.atelier.workspace.WorkspaceBoards;
import app.atelier.workspace.WorkspaceInvitation;
import app.atelier.workspace.WorkspaceMember;
import app.atelier.workspace.WorkspaceRole;
import app.atelier.workspace.WorkspaceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workspaces page: the person's workspaces (work in another, make a new one), and for the admins of the current
 * one its name, its members and all its boards. Every action is checked again by the service.
 */
@Route("workspaces")
@PermitAll
public class WorkspacesView extends VerticalLayout implements HasDynamicTitle {
    private final WorkspaceService workspaces;
    private final Actor actor;

    final Div mine = new Div();
    final TextField newName = new TextField();
    final Button create = new Button();
    final TextField rename = new TextField();
    final Div members = new Div();
    final EmailField memberEmail = new EmailField();
    final Select<WorkspaceRole> memberRole = roleSelect();
    final Button addMember = new Button();
    final Div invitations = new Div();
    final Div boards = new Div();

    public WorkspacesView(WorkspaceService workspaces, AuthenticationContext authentication) {
        this.workspaces = workspaces;
        this.actor = authentication.getAuthenticatedUser(AtelierUser.class).orElseThrow().actor();
        addClassName("workspaces-view");
        setMaxWidth("60rem");
        mine.setId("my-workspaces");
        newName.setId("new-workspace-name");
        newName.setLabel(getTranslation("workspace.new.name"));
        newName.setMaxLength(WorkspaceService.MAX_NAME);
        create.setId("create-workspace");
        create.setText(getTranslation("workspace.new.create"));
        create.addClickListener(e -> create());
        HorizontalLayout form = new HorizontalLayout(newName, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        boolean mayCreate = workspaces.mayCreate(actor);
        add(new H2(getTranslation("workspace.mine")), mine);
        if (mayCreate) {
            add(new H2(getTranslation("workspace.new")), form);
        }
        Map<String, WorkspaceRole> roles = workspaces.rolesOf(actor);
        List<Workspace> theirs = workspaces.mine(roles);
        Optional<Workspace> current = workspaces.current(actor, theirs);
        showMine(theirs, roles, current.map(Workspace::id).orElse(null), mayCreate);
        if (current.isPresent() && roles.get(current.get().id()) == WorkspaceRole.ADMIN) {
            manage(current.get());
        }
    }

    private void showMine(List<Workspace> theirs, Map<String, WorkspaceRole> roles, String currentId,
                          boolean mayCreate) {
        if (theirs.isEmpty()) {
            mine.add(new Paragraph(getTranslation(mayCreate ? "home.noWorkspace" : "home.noWorkspace.ask")));
        }
        for (Workspace workspace : theirs) {
            Div row = new Div();
            row.addClassName("workspace-row");
            String role = getTranslation("workspace.role." + roles.get(workspace.id()).id());
            row.add(new Span(workspace.name() + " · " + role));
            if (workspace.id().equals(currentId)) {
                Span here = new Span(getTranslation("workspace.current"));
                here.addClassName("workspace-current");
                row.add(new Span(" "), here);
            } else {
                Button work = new Button(getTranslation("workspace.workHere", workspace.name()), e -> {
                    workspaces.switchTo(actor, workspace.id());
                    getUI().ifPresent(ui -> ui.getPage().setLocation("workspaces"));
                });
                work.addClassName("work-here");
                work.addThemeVariants(ButtonVariant.TERTIARY);
                row.add(work);
            }
            mine.add(row);
        }
    }

    private void create() {
        try {
            workspaces.create(actor, newName.getValue());
            getUI().ifPresent(ui -> ui.getPage().setLocation("workspaces"));
        } catch (LocalizedException e) {
            newName.setInvalid(true);
            newName.setErrorMessage(getTranslation(e.messageKey(), e.args()));
        }
    }

    // --- for the current workspace's admins ---

    private void manage(Workspace workspace) {
        rename.setId("workspace-name");
        rename.setLabel(getTranslation("workspace.new.name"));
        rename.setMaxLength(WorkspaceService.MAX_NAME);
        rename.setValue(workspace.name());
        Button saveName = new Button(getTranslation("workspace.rename"), e -> act(() -> {
            workspaces.rename(actor, workspace.id(), rename.getValue());
            Notification.show(getTranslation("workspace.renamed"));
        }));
        saveName.setId("rename-workspace");
        HorizontalLayout naming = new HorizontalLayout(rename, saveName);
        naming.setAlignItems(FlexComponent.Alignment.BASELINE);

        members.setId("workspace-members");
        memberEmail.setId("member-email");
        memberEmail.setLabel(getTranslation("workspace.member.email"));
        memberRole.setValue(WorkspaceRole.MEMBER);
        addMember.setId("add-member");
        addMember.setText(getTranslation("workspace.member.add"));
        addMember.addClickListener(e -> addMember(workspace));
        HorizontalLayout adding = new HorizontalLayout(memberEmail, memberRole, addMember);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);

        invitations.setId("workspace-invitations");
        boards.setId("workspace-boards");
        add(new H2(getTranslation("workspace.manage.title", workspace.name())), naming,
                new H3(getTranslation("workspace.members")), members, adding, invitations,
                new H3(getTranslation("workspace.boards")), boards);
        showMembers(workspace);
        showInvitations(workspace);
        showBoards(workspace);
    }

    private void showMembers(Workspace workspace) {
        members.removeAll();
        for (WorkspaceMember member : workspaces.members(actor, workspace.id())) {
            Div row = new Div();
            row.addClassName("member-row");
            Select<WorkspaceRole> role = roleSelect();
            role.setAriaLabel(getTranslation("workspace.member.role", member.name()));
            role.setValue(member.role());
            role.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    act(() -> workspaces.changeRole(actor, workspace.id(), member.accountId(), e.getValue()));
                    showMembers(workspace);
                }
            });
            Button remove = new Button(getTranslation("workspace.member.remove"),
                    e -> act(() -> {
                        workspaces.removeMember(actor, workspace.id(), member.accountId());
                        showMembers(workspace);
                    }));
            remove.addClassName("remove-member");
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            Span who = new Span(member.name() + (member.email() == null ? "" : " <" + member.email() + ">"));
            row.add(who, role, remove);
            members.add(row);
        }
    }

    /** Someone with an account joins at once; for an e-mail without one, a place is kept until they sign in. */
    private void addMember(Workspace workspace) {
        try {
            workspaces.addOrInvite(actor, workspace.id(), memberEmail.getValue(), memberRole.getValue())
                    .ifPresent(kept -> Notification.show(getTranslation("workspace.invited", kept.email())));
            memberEmail.clear();
            memberEmail.setInvalid(false);
            showMembers(workspace);
            showInvitations(workspace);
        } catch (LocalizedException e) {
            memberEmail.setInvalid(true);
            memberEmail.setErrorMessage(getTranslation(e.messageKey(), e.args()));
        }
    }

    private void showInvitations(Workspace workspace) {
        invitations.removeAll();
        List<WorkspaceInvitation> waiting = workspaces.invitations(actor, workspace.id());
        if (!waiting.isEmpty()) {
            invitations.add(new Paragraph(getTranslation("workspace.invitations")));
        }
        for (WorkspaceInvitation invitation : waiting) {
            Div row = new Div();
            row.addClassName("member-row");
            Button cancel = new Button(getTranslation("workspace.invitation.cancel"), e -> act(() -> {
                workspaces.cancelInvitation(actor, workspace.id(), invitation.email());
                showInvitations(workspace);
            }));
            cancel.addClassName("cancel-invitation");
            cancel.addThemeVariants(ButtonVariant.TERTIARY);
            row.add(new Span(invitation.email() + " · " + getTranslation("workspace.role." + invitation.role().id())
                    + " "), cancel);
            invitations.add(row);
        }
    }

    private void showBoards(Workspace workspace) {
        boards.removeAll();
        List<WorkspaceBoards.Summary> all = workspaces.boards(actor, workspace.id());
        if (all.isEmpty()) {
            boards.add(new Paragraph(getTranslation("workspace.boards.none")));
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        for (WorkspaceBoards.Summary board : all) {
            Div row = new Div();
            row.addClassName("workspace-board");
            String facilitators = board.facilitators().isEmpty() ? getTranslation("workspace.boards.noFacilitator")
                    : String.join(", ", board.facilitators());
            row.add(new Span(board.title() + " · " + date.format(board.createdAt()) + " · " + facilitators + " "));
            if (board.viewerRole() != null) {
                row.add(new Anchor("boards/" + board.id(), getTranslation("workspace.boards.open")));
            } else {
                Button join = new Button(getTranslation("workspace.boards.join"), e -> act(() -> {
                    workspaces.joinBoard(actor, workspace.id(), board.id());
                    showBoards(workspace);
                }));
                join.addClassName("join-board");
                join.addThemeVariants(ButtonVariant.TERTIARY);
                row.add(join);
            }
            boards.add(row);
        }
    }

    private Select<WorkspaceRole> roleSelect() {
        Select<WorkspaceRole> role = new Select<>();
        role.setItems(WorkspaceRole.values());
        role.setItemLabelGenerator(r -> getTranslation("workspace.role." + r.id()));
        role.setAriaLabel(getTranslation("workspace.member.roleLabel"));
        return role;
    }

    /** A refused action (the last admin, someone already gone) is told, and the page stays as it was. */
    private void act(Runnable action) {
        try {
            action.run();
        } catch (LocalizedException e) {
            Notification.show(getTranslation(e.messageKey(), e.args())).addThemeVariants(NotificationVariant.ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.title") + " — " + getTranslation("app.name");
    }
}
