package app.atelier.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends a large update by push once the current request is answered, instead of inside the answer. Vaadin keeps
 * each UI's last answer in memory (to replay it if the browser resends the request): a board of hundreds of cards
 * kept there for each of a thousand people outweighs everything else they hold. An access queued from the request's
 * own thread would still run before the answer is written, hence the hop to another thread.
 *
 * <p>{@code atelier.ui.push-after-answer=false} runs the update at once (browserless tests, which hold every lock
 * on one thread and deliver pushes themselves).
 */
@Component
public class AfterAnswer {
    private final boolean deferred;

    public AfterAnswer(@Value("${atelier.ui.push-after-answer:true}") boolean deferred) {
        this.deferred = deferred;
    }

    public void push(UI ui, Command update) {
        if (deferred) {
            Thread.ofVirtual().name("after-answer").start(() -> {
                try {
                    ui.access(update);
                } catch (UIDetachedException e) {
                    // the page closed meanwhile: nobody is left to update
                }
            });
        } else {
            ui.access(update);
        }
    }
}
