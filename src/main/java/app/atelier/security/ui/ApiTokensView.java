package app.atelier.security.ui;

import app.atelier.base.InvalidInputException;
import app.atelier.base.LocalizedException;
import app.atelier.security.ApiToken;
import app.atelier.security.ApiTokenService;
import app.atelier.security.AtelierUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Personal API tokens: create one (its secret is shown once, here), see them, revoke them. */
@Route("tokens")
@PermitAll
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {
    private final ApiTokenService tokens;
    private final AtelierUser user;

    final TextField name = new TextField();
    final Button create = new Button();
    final TextField secret = new TextField();
    final Div list = new Div();

    public ApiTokensView(ApiTokenService tokens, AuthenticationContext authentication) {
        this.tokens = tokens;
        this.user = authentication.getAuthenticatedUser(AtelierUser.class).orElseThrow();
        setMaxWidth("48rem");
        name.setId("token-name");
        name.setLabel(getTranslation("tokens.name"));
        name.setMaxLength(60);
        create.setId("token-create");
        create.setText(getTranslation("tokens.create"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> create());
        secret.setId("token-secret");
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setLabel(getTranslation("tokens.secret"));
        secret.setHelperText(getTranslation("tokens.secret.once"));
        secret.setVisible(false);
        list.setId("token-list");
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setAlignItems(Alignment.BASELINE);
        // a plain link: Swagger UI is a page of its own, not a view of this app (router-ignore: a full page load)
        Anchor documentation = new Anchor("swagger-ui/index.html", getTranslation("tokens.documentation"));
        documentation.setId("api-documentation");
        documentation.setRouterIgnore(true);
        add(new H2(getTranslation("tokens.title")), new Paragraph(getTranslation("tokens.help")),
                new Paragraph(documentation), form, secret, list);
        refresh();
    }

    private void create() {
        try {
            ApiTokenService.NewToken created = tokens.create(user, name.getValue());
            secret.setValue(created.secret());
            secret.setVisible(true);
            name.clear();
            name.setInvalid(false);
            refresh();
        } catch (InvalidInputException e) {
            name.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            name.setInvalid(true);
        } catch (LocalizedException e) { // a limit: too many active tokens, or created too fast
            Notification.show(getTranslation(e.messageKey(), e.args())).addThemeVariants(NotificationVariant.ERROR);
        }
    }

    private void refresh() {
        list.removeAll();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        for (ApiToken token : tokens.list(user)) {
            Span label = new Span(token.getName() + " · " + date.format(token.getCreatedAt()));
            HorizontalLayout row = new HorizontalLayout(label);
            row.addClassName("token-row");
            row.setAlignItems(Alignment.BASELINE);
            if (token.isRevoked()) {
                row.add(new Span(getTranslation("tokens.revoked")));
            } else {
                Button revoke = new Button(getTranslation("tokens.revoke"), e -> {
                    tokens.revoke(user, token.getId());
                    refresh();
                });
                revoke.addThemeVariants(ButtonVariant.ERROR);
                revoke.addClassName("token-revoke");
                row.add(revoke);
            }
            list.add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tokens.title") + " — " + getTranslation("app.name");
    }
}
