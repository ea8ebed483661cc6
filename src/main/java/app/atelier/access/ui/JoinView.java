package app.atelier.access.ui;

import app.atelier.access.AccessService;
import app.atelier.access.CurrentActor;
import app.atelier.base.InvalidInputException;
import app.atelier.base.RateLimitedException;
import app.atelier.security.Actor;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/**
 * Where an invite link lands ({@code /join/<secret>}). A signed-in person or a returning guest joins at once;
 * anyone else gives a display name and becomes a guest of this browser.
 */
@Route("join/:token")
@AnonymousAllowed
public class JoinView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final AccessService access;
    private final CurrentActor current;
    private String token;

    final TextField name = new TextField();
    final Button join = new Button();

    public JoinView(AccessService access, CurrentActor current) {
        this.access = access;
        this.current = current;
        setMaxWidth("30rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        if (access.findInvite(token).isEmpty()) {
            add(new H2(getTranslation("join.invalid.title")), new Paragraph(getTranslation("join.invalid")));
            return;
        }
        Optional<Actor> me = current.get();
        if (me.isPresent()) {
            event.forwardTo("boards/" + access.join(token, me.get()));
            return;
        }
        name.setId("guest-name");
        name.setLabel(getTranslation("name.dialog.label"));
        name.setMaxLength(AccessService.MAX_NAME);
        name.setWidthFull();
        join.setId("guest-join");
        join.setText(getTranslation("name.dialog.join"));
        join.addThemeVariants(ButtonVariant.PRIMARY);
        join.addClickShortcut(Key.ENTER);
        join.addClickListener(e -> joinAsGuest());
        add(new H2(getTranslation("name.dialog.title")), new Paragraph(getTranslation("name.dialog.text")), name, join,
                new Anchor("login", getTranslation("join.haveAccount")));
    }

    private void joinAsGuest() {
        try {
            Actor guest = current.becomeGuest(name.getValue());
            String boardId = access.join(token, guest);
            getUI().ifPresent(ui -> ui.navigate("boards/" + boardId));
        } catch (InvalidInputException | RateLimitedException e) {
            name.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            name.setInvalid(true);
        } catch (app.atelier.base.NotFoundException e) {
            removeAll();
            add(new H2(getTranslation("join.invalid.title")), new Paragraph(getTranslation("join.invalid")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("name.dialog.title") + " — " + getTranslation("app.name");
    }
}
