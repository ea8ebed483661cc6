package app.atelier.image.ui;

import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.BoardPageContribution;
import app.atelier.board.ui.BoardPagePart;
import app.atelier.image.ImageService;
import com.vaadin.flow.component.Component;
import java.util.List;
import org.springframework.core.annotation.Order;

/** A card's images in its sheet: seen by all who may see the card, added and removed by who may edit it. */
@org.springframework.stereotype.Component
@Order(35)
class ImagesContribution implements BoardPageContribution {
    private final ImageService images;

    ImagesContribution(ImageService images) {
        this.images = images;
    }

    @Override
    public BoardPagePart partFor(BoardPageContext page) {
        return BoardPagePart.sheetSections(sheet -> List.of(new CardImagesSection(images, page, sheet.card(),
                sheet.editable())));
    }
}
