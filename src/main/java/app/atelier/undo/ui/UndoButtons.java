package app.atelier.undo.ui;

import app.atelier.board.ui.BoardPageContext;
import app.atelier.undo.UndoService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * Undo and redo in the header, and Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y; Cmd on a Mac) anywhere on the page except
 * while typing in a field, where the keys keep undoing the typing.
 */
class UndoButtons extends HorizontalLayout {
    final Button undo = new Button(VaadinIcon.ARROW_BACKWARD.create());
    final Button redo = new Button(VaadinIcon.ARROW_FORWARD.create());
    private final UndoService service;
    private final BoardPageContext page;

    UndoButtons(UndoService service, BoardPageContext page) {
        this.service = service;
        this.page = page;
        setSpacing(false);
        undo.setId("board-undo");
        redo.setId("board-redo");
        undo.setAriaLabel(getTranslation("undo.undo"));
        undo.getElement().setAttribute("title", getTranslation("undo.undo"));
        redo.setAriaLabel(getTranslation("undo.redo"));
        redo.getElement().setAttribute("title", getTranslation("undo.redo"));
        undo.addThemeVariants(ButtonVariant.TERTIARY);
        redo.addThemeVariants(ButtonVariant.TERTIARY);
        undo.addClickListener(e -> undo());
        redo.addClickListener(e -> redo());
        add(undo, redo);
    }

    @ClientCallable
    void undo() {
        page.act(() -> service.undo(page.viewer(), page.boardId()));
    }

    @ClientCallable
    void redo() {
        page.act(() -> service.redo(page.viewer(), page.boardId()));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        getElement().executeJs("""
                const host = this;
                host._undoKeys = e => {
                  const key = (e.key || '').toLowerCase();
                  if (!(e.ctrlKey || e.metaKey) || (key !== 'z' && key !== 'y') || e.altKey) return;
                  const typing = e.composedPath().some(n => n.tagName && (n.tagName === 'INPUT'
                    || n.tagName === 'TEXTAREA' || n.isContentEditable));
                  if (typing || document.querySelector('vaadin-dialog[opened]')) return;
                  e.preventDefault();
                  if (key === 'y' || e.shiftKey) host.$server.redo(); else host.$server.undo();
                };
                document.addEventListener('keydown', host._undoKeys);""");
    }

    @Override
    protected void onDetach(DetachEvent event) {
        getElement().executeJs("document.removeEventListener('keydown', this._undoKeys)");
    }
}
