package app.atelier.capsule.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The person's time zone as their browser tells it (UTC when it has not): reveal dates are shown and typed in it. */
final class CapsuleZone {
    private CapsuleZone() {
    }

    static ZoneId of(Component component) {
        UI ui = component.getUI().orElse(UI.getCurrent());
        ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        String id = details == null ? null : details.getTimeZoneId();
        try {
            return id == null || id.isBlank() ? ZoneOffset.UTC : ZoneId.of(id);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }
}
