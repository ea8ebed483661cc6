package app.atelier.board.api;

import app.atelier.base.api.ApiShape;
import app.atelier.board.Card;
import org.springframework.stereotype.Component;

/** A card inside an API error (a stale write's current card) is shown as the API shows cards everywhere else. */
@Component
class CardApiShape implements ApiShape {
    @Override
    public Object of(Object value) {
        return value instanceof Card card ? CardResponse.of(card) : null;
    }
}
