package app.atelier.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** A new calendar feed's address, shown this once (only its hash is kept), ready to copy. */
final class FeedCreated {
    private FeedCreated() {
    }

    static void show(String url) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("action.calendar"));
        TextField address = new TextField();
        address.setId("calendar-url");
        address.setValue(url);
        address.setReadOnly(true);
        address.setWidthFull();
        dialog.add(new Paragraph(dialog.getTranslation("action.calendar.created")), address);
        dialog.getFooter().add(new Button(dialog.getTranslation("trash.close"), e -> dialog.close()));
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }
}
