package app.atelier.board.ui;

import app.atelier.board.Card;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;

/**
 * What is built once per card change and way of showing it (a slot), then shared by every page of the board that
 * shows the change so: keyed by the card instance an event carries (cards compare by identity), so a new version is
 * a new entry, and gone once no lane holds the event any more. Built values are only read, so pages may share them.
 */
final class PerCardChange<T> {
    private final Map<Card, Object[]> built = Collections.synchronizedMap(new WeakHashMap<>());
    private final int slots;

    PerCardChange(int slots) {
        this.slots = slots;
    }

    @SuppressWarnings("unchecked")
    T get(Card card, int slot, Supplier<T> build) {
        Object[] bySlot = built.computeIfAbsent(card, c -> new Object[slots]);
        synchronized (bySlot) {
            if (bySlot[slot] == null) {
                bySlot[slot] = build.get();
            }
            return (T) bySlot[slot];
        }
    }
}
