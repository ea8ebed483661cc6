package app.atelier.image.ui;

import app.atelier.base.LocalizedException;
import app.atelier.board.BoardEvent;
import app.atelier.board.Card;
import app.atelier.board.CardImage;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.CardSheetSection;
import app.atelier.image.ImageService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;

/**
 * The images of a card in its sheet, live: whoever may edit the card adds one by choosing a file (a phone offers its
 * camera), dropping it, or pasting a screenshot while the sheet is open, and removes one; the others see them.
 */
class CardImagesSection extends Div implements CardSheetSection {
    /** On paste, the clipboard's images go to the upload as if dropped on it; the text boxes keep any text. */
    private static final String PASTE_TO_UPLOAD = """
            const upload = this;
            const onPaste = (event) => {
              if (!upload.isConnected) { document.removeEventListener('paste', onPaste); return; }
              const files = [...(event.clipboardData ? event.clipboardData.files : [])]
                  .filter((f) => f.type.startsWith('image/'));
              if (!files.length) return;
              event.preventDefault();
              if (typeof upload._addFiles === 'function') { upload._addFiles(files); return; }
              const transfer = new DataTransfer();
              files.forEach((f) => transfer.items.add(f));
              upload.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
            };
            document.addEventListener('paste', onPaste);
            """;

    private final ImageService images;
    private final BoardPageContext page;
    private final Card card;
    private final boolean editable;
    final Div gallery = new Div();
    Upload upload;
    private List<CardImage> shown;

    CardImagesSection(ImageService images, BoardPageContext page, Card card, boolean editable) {
        this.images = images;
        this.page = page;
        this.card = card;
        this.editable = editable;
        addClassName("card-images");
        gallery.setId("card-images");
        gallery.addClassName("card-image-gallery");
        add(new H4(getTranslation("images.title")), gallery);
        if (editable) {
            add(upload());
        }
        show(card.getImages());
    }

    private Upload upload() {
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> accept(bytes)));
        upload.setId("card-image-upload");
        upload.setAcceptedMimeTypes("image/png", "image/jpeg", "image/gif", "image/webp");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, images.maxBytes()));
        upload.setDropLabel(new Span(getTranslation("images.drop")));
        upload.setUploadButton(new Button(getTranslation("images.add"), VaadinIcon.PICTURE.create()));
        upload.addFileRejectedListener(e -> refused(e.getErrorMessage()));
        return upload;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (upload != null) {
            upload.getElement().executeJs(PASTE_TO_UPLOAD);
        }
    }

    /** An uploaded file: added to the card (its event then shows it here and on every page), or the refusal said. */
    void accept(byte[] bytes) {
        UI ui = getUI().orElse(null);
        try {
            images.add(page.viewer(), page.boardId(), card.getId(), bytes);
        } catch (LocalizedException refusal) {
            if (ui != null) {
                ui.access(() -> refused(getTranslation(refusal.messageKey(), refusal.args())));
            }
        }
    }

    private void refused(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.ERROR);
        if (upload != null) {
            upload.clearFileList();
        }
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void boardChanged(BoardEvent event) {
        if (event instanceof BoardEvent.CardSaved saved && saved.card().getId().equals(card.getId())
                && !saved.card().getImages().equals(shown)) {
            show(saved.card().getImages());
            if (upload != null) {
                upload.clearFileList();
            }
        }
    }

    private void show(List<CardImage> current) {
        shown = current;
        gallery.removeAll();
        for (int i = 0; i < current.size(); i++) {
            CardImage image = current.get(i);
            Image full = new Image(image.pagePath(page.boardId(), card.getId(), false),
                    getTranslation("images.alt", i + 1));
            full.addClassName("card-image");
            full.getElement().setAttribute("data-image-id", image.id());
            Div frame = new Div(full);
            frame.addClassName("card-image-frame");
            if (editable) {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> page.act(() ->
                        images.delete(page.viewer(), page.boardId(), card.getId(), image.id())));
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                remove.setAriaLabel(getTranslation("images.delete"));
                remove.addClassName("card-image-delete");
                frame.add(remove);
            }
            gallery.add(frame);
        }
    }
}
