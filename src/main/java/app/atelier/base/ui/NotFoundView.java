package app.atelier.base.ui;

import app.atelier.base.NotFoundException;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLink;
import jakarta.servlet.http.HttpServletResponse;

/** What a person sees for a board (or anything else) that does not exist: a plain message and a way home. */
@com.vaadin.flow.server.auth.AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {
    private final H2 message = new H2();

    public NotFoundView() {
        message.setId("not-found");
        add(message);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        message.setText(parameter.hasCustomMessage() ? parameter.getCustomMessage()
                : getTranslation(parameter.getException().messageKey(), parameter.getException().args()));
        add(new RouterLink(getTranslation("board.back"), event.getSource().getRegistry()
                .getNavigationTarget("").orElseThrow()));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
