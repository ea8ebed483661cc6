package app.atelier.base.ui;

import app.atelier.base.I18nConfiguration;
import app.atelier.base.SignedInPerson;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;

/**
 * The shell around every view: the brand, linking home, the language switch, what features add to the header
 * ({@link HeaderItem}) and the account menu.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout {
    private final Div content = new Div();
    final Select<Locale> language = new Select<>();

    public MainLayout(AuthenticationContext authentication, List<HeaderItem> items) {
        addClassName("main-layout");
        Anchor brand = new Anchor("", getTranslation("app.name"));
        brand.addClassName("brand");
        language.setId("language-switch");
        language.setAriaLabel(getTranslation("language.label"));
        language.setItems(I18nConfiguration.LOCALES);
        language.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        language.setValue(I18nConfiguration.LOCALES.stream()
                .filter(l -> l.getLanguage().equals(getLocale().getLanguage())).findFirst()
                .orElse(I18nConfiguration.LOCALES.getFirst()));
        language.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().equals(e.getOldValue())) {
                switchTo(e.getValue());
            }
        });
        Div account = new Div();
        account.addClassName("account");
        authentication.getAuthenticatedUser(SignedInPerson.class).ifPresentOrElse(user -> {
            items.forEach(item -> item.create().ifPresent(account::add));
            Span name = new Span(user.displayName());
            name.setId("account-name");
            Anchor actions = new Anchor("actions", getTranslation("action.mine"));
            actions.setId("nav-actions");
            Anchor templates = new Anchor("templates", getTranslation("templates.manage"));
            templates.setId("nav-templates");
            Anchor tokens = new Anchor("tokens", getTranslation("tokens.title"));
            Button signOut = new Button(getTranslation("login.signOut"), e -> authentication.logout());
            signOut.setId("sign-out");
            signOut.addThemeVariants(ButtonVariant.TERTIARY);
            account.add(name, actions, templates, tokens, signOut);
        }, () -> account.add(new Anchor("login", getTranslation("login.title"))));
        Header header = new Header(brand, account, language);
        header.addClassName("app-header");
        content.addClassName("app-content");
        add(header, content);
    }

    /** The choice is kept for the browser session; the page reloads so every text is drawn in the new language. */
    static void switchTo(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI ui = UI.getCurrent();
        ui.setLocale(locale);
        ui.getPage().reload();
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        content.getElement().removeAllChildren();
    }

    Component contentArea() {
        return content;
    }
}
