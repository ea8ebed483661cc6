package app.atelier.board.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.PushConnection;

/**
 * How far behind a page whose push connection is gone may fall: it would otherwise queue every change of a busy
 * board in server memory until Vaadin gives up on it (minutes). Past {@link #LIMIT} changes it stops queueing and
 * gets the whole board when it is back.
 */
final class AwayBacklog {
    static final int LIMIT = 200;
    private int queuedWhileAway;
    private boolean behind;

    /** Counts one change for this page; whether the page applies it (false: it is too far behind). */
    boolean keepsUp(UI ui) {
        queuedWhileAway = isAway(ui) ? queuedWhileAway + 1 : 0;
        behind |= queuedWhileAway > LIMIT;
        return !behind;
    }

    static boolean isAway(UI ui) {
        PushConnection push = ui.getInternals().getPushConnection();
        return push != null && !push.isConnected();
    }

    /** The page got the whole board again. */
    void caughtUp() {
        behind = false;
    }
}
