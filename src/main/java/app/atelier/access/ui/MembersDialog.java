package app.atelier.access.ui;

import app.atelier.access.AccessService;
import app.atelier.access.Invite;
import app.atelier.access.Membership;
import app.atelier.access.Role;
import app.atelier.base.LocalizedException;
import app.atelier.security.Actor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/** The facilitator's people panel: invite links by role (shown once, revocable, optional expiry) and members. */
@NamedInterface("people-panel")
public class MembersDialog extends Dialog {
    private final AccessService access;
    private final Actor facilitator;
    private final String boardId;

    final Select<Role> inviteRole = new Select<>();
    final IntegerField expiresInHours = new IntegerField();
    final Button createInvite = new Button();
    final TextField inviteUrl = new TextField();
    final Div invites = new Div();
    final Div members = new Div();

    public MembersDialog(AccessService access, Actor facilitator, String boardId) {
        this.access = access;
        this.facilitator = facilitator;
        this.boardId = boardId;
        setHeaderTitle(getTranslation("members.title"));
        setWidth("min(44rem, 96vw)");
        inviteRole.setId("invite-role");
        inviteRole.setLabel(getTranslation("members.invite.role"));
        inviteRole.setItems(Role.values());
        inviteRole.setItemLabelGenerator(r -> getTranslation("role." + r.id()));
        inviteRole.setValue(Role.PARTICIPANT);
        expiresInHours.setId("invite-expiry");
        expiresInHours.setLabel(getTranslation("members.invite.expiry"));
        expiresInHours.setMin(1);
        expiresInHours.setMax(24 * 365);
        expiresInHours.setClearButtonVisible(true);
        createInvite.setId("invite-create");
        createInvite.setText(getTranslation("members.invite.create"));
        createInvite.addThemeVariants(ButtonVariant.PRIMARY);
        createInvite.addClickListener(e -> createInvite());
        inviteUrl.setId("invite-url");
        inviteUrl.setReadOnly(true);
        inviteUrl.setWidthFull();
        inviteUrl.setHelperText(getTranslation("members.invite.once"));
        inviteUrl.setVisible(false);
        HorizontalLayout form = new HorizontalLayout(inviteRole, expiresInHours, createInvite);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        invites.setId("invite-list");
        members.setId("member-list");
        add(new H3(getTranslation("members.invites")), form, inviteUrl, invites, new H3(getTranslation("members.people")),
                members);
        getFooter().add(new Button(getTranslation("card.cancel"), e -> close()));
        refresh();
    }

    private void createInvite() {
        run(() -> {
            Integer hours = expiresInHours.getValue();
            AccessService.NewInvite created = access.createInvite(facilitator, boardId, inviteRole.getValue(),
                    hours == null ? null : Duration.ofHours(hours));
            inviteUrl.setLabel(getTranslation("members.invite.url", getTranslation("role." + inviteRole.getValue().id())));
            inviteUrl.setValue(created.url());
            inviteUrl.setVisible(true);
        });
    }

    void refresh() {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        invites.removeAll();
        for (Invite invite : access.invites(facilitator, boardId)) {
            String state = invite.getRevokedAt() != null ? getTranslation("members.invite.revoked")
                    : invite.getExpiresAt() != null ? getTranslation("members.invite.until", date.format(invite.getExpiresAt()))
                    : getTranslation("members.invite.open");
            HorizontalLayout row = row(new Span(getTranslation("role." + invite.getRole().id()) + " · "
                    + date.format(invite.getCreatedAt()) + " · " + state));
            if (invite.getRevokedAt() == null) {
                Button revoke = new Button(getTranslation("members.invite.revoke"),
                        e -> run(() -> access.revokeInvite(facilitator, boardId, invite.getId())));
                revoke.addThemeVariants(ButtonVariant.ERROR);
                revoke.addClassName("invite-revoke");
                row.add(revoke);
            }
            invites.add(row);
        }
        members.removeAll();
        List<Membership> people = access.members(facilitator, boardId);
        for (Membership member : people) {
            Select<Role> role = new Select<>();
            role.setItems(Role.values());
            role.setItemLabelGenerator(r -> getTranslation("role." + r.id()));
            role.setValue(member.getRole());
            role.addClassName("member-role");
            role.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    run(() -> access.changeRole(facilitator, boardId, member.getMemberId(), e.getValue()));
                }
            });
            Button remove = new Button(getTranslation("members.remove"),
                    e -> run(() -> access.removeMember(facilitator, boardId, member.getMemberId())));
            remove.addClassName("member-remove");
            String kind = getTranslation(member.getKind() == Actor.Kind.GUEST ? "members.guest" : "members.account");
            members.add(row(new Span(member.getMemberName() + " (" + kind + ")"), role, remove));
        }
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... parts) {
        HorizontalLayout row = new HorizontalLayout(parts);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("people-row");
        return row;
    }

    /** Runs a change, then redraws; a refused change is explained, never swallowed. */
    private void run(Runnable change) {
        try {
            change.run();
        } catch (LocalizedException e) {
            Notification.show(getTranslation(e.messageKey(), e.args())).addThemeVariants(NotificationVariant.ERROR);
        }
        refresh();
    }
}
