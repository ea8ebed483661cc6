package app.atelier.capsule.ui;

import app.atelier.board.ui.BoardPageContext;
import app.atelier.capsule.CapsuleService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A facilitator seals the capsule: the reveal date, in their own time zone, and what sealing means. */
class SealDialog extends Dialog {
    final DateTimePicker revealAt = new DateTimePicker();
    final Button seal = new Button();

    SealDialog(CapsuleService capsules, BoardPageContext page) {
        setHeaderTitle(getTranslation("capsule.seal.title"));
        ZoneId zone = CapsuleZone.of(this);
        revealAt.setId("capsule-reveal-at");
        revealAt.setLabel(getTranslation("capsule.seal.revealAt") + " (" + zone.getId() + ")");
        revealAt.setMin(LocalDateTime.now(zone));
        revealAt.setValue(LocalDateTime.now(zone).plusMonths(6).withHour(9).withMinute(0).withSecond(0).withNano(0));
        seal.setId("capsule-seal-confirm");
        seal.setText(getTranslation("capsule.seal.confirm"));
        seal.addThemeVariants(ButtonVariant.PRIMARY);
        seal.addClickListener(e -> page.act(() -> {
            LocalDateTime chosen = revealAt.getValue();
            capsules.seal(page.viewer(), page.boardId(), chosen == null ? null : chosen.atZone(zone).toInstant());
            close();
        }));
        Button cancel = new Button(getTranslation("capsule.seal.cancel"), e -> close());
        add(new Paragraph(getTranslation("capsule.seal.explain")), revealAt);
        getFooter().add(cancel, seal);
    }
}
