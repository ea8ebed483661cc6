package app.atelier.crowd.ui;

import app.atelier.access.Role;
import app.atelier.base.PublicUrls;
import app.atelier.board.Board;
import app.atelier.board.BoardEvent;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.BoardPageContribution;
import app.atelier.board.ui.BoardPagePart;
import app.atelier.board.ui.CardSheet;
import app.atelier.board.ui.CardSheetSection;
import app.atelier.board.ui.PartForRoles;
import app.atelier.crowd.CrowdService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.springframework.core.annotation.Order;

/**
 * The facilitators' crowd tools: crowd mode's settings (with the join code and the wall display) and, on a moderated
 * board, the moderation queue with how many ideas wait, kept current as ideas arrive.
 */
@org.springframework.stereotype.Component
@Order(70)
class CrowdContribution implements BoardPageContribution {
    private final CrowdService crowd;
    private final BoardService boards;
    private final PublicUrls urls;

    CrowdContribution(CrowdService crowd, BoardService boards, PublicUrls urls) {
        this.crowd = crowd;
        this.boards = boards;
        this.urls = urls;
    }

    /** The two buttons; the queue's says how many ideas wait. */
    static final class Tools extends HorizontalLayout {
        final Button settings = new Button();
        final Button queue = new Button();
    }

    @Override
    public BoardPagePart partFor(BoardPageContext page) {
        PartForRoles<Tools> tools = PartForRoles.facilitatorTools(() -> {
            Tools built = new Tools();
            built.settings.setId("crowd-settings");
            built.settings.setText(built.getTranslation("crowd.mode"));
            built.settings.addClickListener(e -> new CrowdDialog(crowd, boards, page, urls.base()).open());
            built.queue.setId("crowd-queue");
            built.queue.addClickListener(e -> new ModerationDialog(crowd, boards, page).open());
            built.add(built.settings, built.queue);
            return built;
        }, (built, session) -> {
            built.settings.setVisible(!session.isSealed());
            boolean moderating = session.getCrowd().on() && session.getCrowd().moderated();
            if (moderating != built.queue.isVisible() || built.queue.getText().isEmpty()) {
                built.queue.setVisible(moderating);
                count(built, page);
            }
        });
        return new BoardPagePart() {
            @Override
            public Component component() {
                return tools.component();
            }

            @Override
            public Place place() {
                return tools.place();
            }

            @Override
            public void show(Role role, Board session) {
                tools.show(role, session);
            }

            @Override
            public List<CardSheetSection> sectionsFor(CardSheet sheet) {
                if (page.role() != Role.FACILITATOR || !page.session().getCrowd().on()) {
                    return List.of();
                }
                List<Card> alike = crowd.lookAlikes(page.viewer(), page.boardId(), sheet.card().getId(), 12);
                return alike.isEmpty() ? List.of() : List.of(new LookAlikesSection(alike));
            }

            @Override
            public void itemChanged(BoardEvent event) {
                Tools built = tools.built();
                if (event instanceof BoardEvent.IdeaChanged && built != null && built.queue.isVisible()) {
                    count(built, page); // a count per facilitator page per idea: facilitators are few
                }
            }
        };
    }

    private void count(Tools built, BoardPageContext page) {
        long waiting = page.role() == Role.FACILITATOR && page.session().getCrowd().moderated()
                ? crowd.waitingCount(page.viewer(), page.boardId()) : 0;
        built.queue.setText(built.getTranslation("crowd.queue", waiting));
    }
}
