package app.atelier.security.ui;

import app.atelier.base.InvalidInputException;
import app.atelier.security.AccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Creates a facilitator or leader account (when sign-up is open), then sends the person to sign in. */
@Route("signup")
@AnonymousAllowed
public class SignupView extends VerticalLayout implements HasDynamicTitle {
    final EmailField email = new EmailField();
    final TextField name = new TextField();
    final PasswordField password = new PasswordField();
    final Button create = new Button();

    public SignupView(AccountService accounts) {
        setMaxWidth("28rem");
        add(new H2(getTranslation("signup.title")));
        if (!accounts.isSignupOpen()) {
            add(new Paragraph(getTranslation("error.signup.closed")));
            return;
        }
        email.setId("signup-email");
        email.setLabel(getTranslation("login.email"));
        email.setWidthFull();
        name.setId("signup-name");
        name.setLabel(getTranslation("signup.name"));
        name.setMaxLength(AccountService.MAX_NAME);
        name.setWidthFull();
        password.setId("signup-password");
        password.setLabel(getTranslation("login.password"));
        password.setHelperText(getTranslation("error.password.length", AccountService.MIN_PASSWORD,
                AccountService.MAX_PASSWORD));
        password.setWidthFull();
        create.setId("signup-create");
        create.setText(getTranslation("signup.create"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> {
            try {
                accounts.signUp(email.getValue(), name.getValue(), password.getValue());
                Notification.show(getTranslation("signup.done"));
                getUI().ifPresent(ui -> ui.navigate(LoginView.class));
            } catch (InvalidInputException error) {
                var field = switch (error.field()) {
                    case "email" -> email;
                    case "password" -> password;
                    default -> name;
                };
                field.setErrorMessage(getTranslation(error.messageKey(), error.args()));
                field.setInvalid(true);
            }
        });
        add(email, name, password, create);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title") + " — " + getTranslation("app.name");
    }
}
