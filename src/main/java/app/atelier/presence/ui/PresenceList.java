package app.atelier.presence.ui;

import app.atelier.presence.PresenceService;
import app.atelier.security.Actor;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.avatar.AvatarGroup.AvatarGroupItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * Avatars of the first few people on the board and how many they are. Only what changed goes to the browser: on a
 * board of a thousand, an arrival usually changes the count alone.
 */
@NamedInterface("presence-list")
public class PresenceList extends HorizontalLayout {
    private final AvatarGroup avatars = new AvatarGroup();
    private final Span count = new Span();
    private PresenceService.Presence shown;

    public PresenceList() {
        setId("presence");
        setAlignItems(Alignment.CENTER);
        setSpacing(true);
        avatars.setMaxItemsVisible(PresenceService.NAMED);
        avatars.getElement().setAttribute("aria-label", getTranslation("board.presence.label"));
        count.addClassName("presence-count");
        add(avatars, count);
        show(new PresenceService.Presence(0, List.of()));
    }

    public void show(PresenceService.Presence presence) {
        if (shown == null || !shown.named().equals(presence.named())) {
            avatars.setItems(presence.named().stream().map(p -> new AvatarGroupItem(p.name())).toList());
        }
        if (shown == null || shown.count() != presence.count()) {
            count.setText(getTranslation("board.presence.count", presence.count()));
        }
        shown = presence;
    }

    /** The names shown as avatars. */
    public List<String> names() {
        return shown.named().stream().map(Actor::name).toList();
    }
}
