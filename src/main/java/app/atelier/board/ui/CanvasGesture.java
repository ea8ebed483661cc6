package app.atelier.board.ui;

import org.springframework.modulith.NamedInterface;

/** A gesture on the canvas that a feature handles: the page hands it to every part. */
@NamedInterface("page")
public sealed interface CanvasGesture {
    /** One dot added ({@code +1}) to or taken back ({@code -1}) from a card. */
    @NamedInterface("page")
    record Vote(String cardId, int delta) implements CanvasGesture {
    }

    /** A facilitator's lock button on a zone. */
    @NamedInterface("page")
    record ToggleZoneLock(String zone) implements CanvasGesture {
    }
}
