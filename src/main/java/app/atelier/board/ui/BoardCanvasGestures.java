package app.atelier.board.ui;

import app.atelier.base.LocalizedException;
import app.atelier.base.NotFoundException;
import app.atelier.base.ui.AfterAnswer;
import app.atelier.board.BoardService;

/** What one person's canvas reports: the board's own gestures are handled here, the features' go to their parts. */
final class BoardCanvasGestures implements BoardCanvas.Gestures {
    private final BoardCanvas canvas;
    private final BoardService service;
    private final AfterAnswer afterAnswer;
    private final BoardPageState page;
    private final BoardPageParts parts;
    private final CardSheets sheets;
    private final Runnable sendBoard;

    BoardCanvasGestures(BoardCanvas canvas, BoardService service, AfterAnswer afterAnswer, BoardPageState page,
                        BoardPageParts parts, CardSheets sheets, Runnable sendBoard) {
        this.canvas = canvas;
        this.service = service;
        this.afterAnswer = afterAnswer;
        this.page = page;
        this.parts = parts;
        this.sheets = sheets;
        this.sendBoard = sendBoard;
    }

    @Override
    public void ready() {
        // by push after the answer: see AfterAnswer (the last answer stays in memory for each person)
        canvas.getUI().ifPresent(ui -> afterAnswer.push(ui, () -> {
            parts.reconnected();
            sendBoard.run();
        }));
    }

    @Override
    public void move(String cardId, String zone, double x, double y) {
        try {
            service.moveCard(page.actor, page.boardId(), cardId, zone, x, y);
        } catch (NotFoundException e) {
            canvas.removeCard(cardId);
            page.showError(e);
        } catch (LocalizedException e) {
            // The drop was refused: put the card back where the server has it.
            canvas.showCard(null, service.getCard(page.actor, page.boardId(), cardId), page.board);
            page.showError(e);
        }
    }

    @Override
    public void open(String cardId) {
        sheets.open(page, cardId);
    }

    @Override
    public void requestNew(String zone) {
        sheets.openNew(page, zone);
    }

    @Override
    public void vote(String cardId, int delta) {
        parts.gesture(new CanvasGesture.Vote(cardId, delta));
    }

    @Override
    public void toggleZoneLock(String zone) {
        parts.gesture(new CanvasGesture.ToggleZoneLock(zone));
    }
}
