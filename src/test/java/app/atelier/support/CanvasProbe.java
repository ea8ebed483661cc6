package app.atelier.support;

import app.atelier.board.ui.BoardCanvas;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.server.VaadinSession;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Test access to the canvas' wire: what the server sends to one browser window, and gestures as the browser
 * would report them (through the same {@code @ClientCallable} methods).
 */
public final class CanvasProbe {
    public record Call(String function, List<Object> arguments) {
        public String argumentsText() {
            return arguments.toString();
        }
    }

    private CanvasProbe() {
    }

    /** The canvas calls queued for this UI's next response, as the browser would receive them; consumes them. */
    public static List<Call> sentTo(UI ui) {
        deliverPushes(ui);
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        List<PendingJavaScriptInvocation> pending = ui.getInternals().dumpPendingJavaScriptInvocations();
        return pending.stream()
                .map(p -> p.getInvocation())
                .filter(i -> i.getExpression().matches("(?s).*\\.(setBoard|setSession|upsertCard|removeCard)\\(.*"))
                .map(i -> new Call(i.getExpression().replaceAll("(?s).*\\.(setBoard|setSession|upsertCard|removeCard)\\(.*", "$1"),
                        i.getParameters().subList(1, i.getParameters().size())))
                .toList();
    }

    /**
     * Runs the {@code ui.access} tasks queued for this window's session, as Vaadin does before it pushes. The test
     * thread holds every session's lock, so without this they would wait for an unlock that never comes.
     */
    public static void deliverPushes(UI ui) {
        VaadinSession session = ui.getSession();
        session.lock();
        try {
            session.getService().runPendingAccessTasks(session);
        } finally {
            session.unlock();
        }
    }

    /** Closes a browser window the way Vaadin does when a tab goes away: the UI leaves its session. */
    public static void closeWindow(UI ui) {
        VaadinSession session = ui.getSession();
        session.lock();
        try {
            session.removeUI(ui);
        } finally {
            session.unlock();
        }
    }

    /** Calls one of the canvas' {@code @ClientCallable} methods, as the browser does. */
    public static void gesture(BoardCanvas canvas, String method, Object... args) {
        try {
            Class<?>[] types = new Class<?>[args.length];
            for (int i = 0; i < args.length; i++) {
                types[i] = args[i] instanceof Double ? double.class : args[i] instanceof Integer ? int.class : args[i].getClass();
            }
            Method m = BoardCanvas.class.getDeclaredMethod(method, types);
            m.setAccessible(true);
            m.invoke(canvas, args);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("No client-callable " + method, e);
        }
    }
}
