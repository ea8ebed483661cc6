package app.atelier.capsule.ui;

import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.BoardPageContribution;
import app.atelier.board.ui.BoardPagePart;
import app.atelier.board.ui.PartForRoles;
import app.atelier.capsule.CapsuleService;
import com.vaadin.flow.component.button.Button;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The facilitators' button that seals a time capsule (until it is sealed). */
@Component
@Order(26)
class CapsuleToolsContribution implements BoardPageContribution {
    private final CapsuleService capsules;

    CapsuleToolsContribution(CapsuleService capsules) {
        this.capsules = capsules;
    }

    @Override
    public BoardPagePart partFor(BoardPageContext page) {
        if (page.template().timeCapsule().isEmpty()) {
            return () -> null;
        }
        return PartForRoles.facilitatorTools(() -> {
            Button seal = new Button();
            seal.setId("capsule-seal");
            seal.setText(seal.getTranslation("capsule.seal"));
            seal.addClickListener(e -> new SealDialog(capsules, page).open());
            return seal;
        }, (seal, session) -> seal.setVisible(session.getCapsule() == null));
    }
}
