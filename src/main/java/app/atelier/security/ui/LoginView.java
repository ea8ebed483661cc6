package app.atelier.security.ui;

import app.atelier.security.AccountService;
import app.atelier.security.SingleSignOn;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/** Sign-in for facilitators and leaders. The form posts to Spring Security; failures come back as {@code ?error}. */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    final LoginForm form = new LoginForm();
    final Paragraph blocked = new Paragraph();
    final Paragraph refused = new Paragraph();
    final VerticalLayout providers = new VerticalLayout();

    public LoginView(AccountService accounts, SingleSignOn sso) {
        setAlignItems(Alignment.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        form.setI18n(i18n);
        blocked.setId("login-blocked");
        blocked.addClassName("error-text");
        blocked.setVisible(false);
        refused.setId("login-sso-refused");
        refused.addClassName("error-text");
        refused.setVisible(false);
        providers.setId("login-providers");
        providers.setPadding(false);
        providers.setAlignItems(Alignment.CENTER);
        // a plain link per provider: the sign-on leaves the app (router-ignore: a full page load)
        List<SingleSignOn.Provider> offered = sso.providers();
        offered.forEach(provider -> {
            Anchor start = new Anchor(provider.startPath(), getTranslation("login.sso.with", provider.name()));
            start.setRouterIgnore(true);
            start.addClassName("sso-provider");
            providers.add(start);
        });
        providers.setVisible(!offered.isEmpty());
        form.setVisible(accounts.localPasswords());
        add(new H2(getTranslation("app.name")), blocked, refused, providers, form);
        if (accounts.isSignupOpen()) {
            add(new RouterLink(getTranslation("login.signup"), SignupView.class));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        List<String> errors = params.getOrDefault("error", List.of());
        boolean ssoRefused = errors.contains("sso") || errors.contains("sso-unverified");
        refused.setText(getTranslation(errors.contains("sso-unverified") ? "login.sso.unverified"
                : "login.sso.refused"));
        refused.setVisible(ssoRefused);
        form.setError(params.containsKey("error") && !ssoRefused);
        params.getOrDefault("blocked", List.of()).stream().findFirst().ifPresent(seconds -> {
            long minutes = Math.max(1, (parse(seconds) + 59) / 60);
            blocked.setText(getTranslation("error.signIn.tooMany", minutes));
            blocked.setVisible(true);
        });
    }

    private static long parse(String seconds) {
        try {
            return Long.parseLong(seconds);
        } catch (NumberFormatException e) {
            return 60;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " — " + getTranslation("app.name");
    }
}
