package app.atelier.presence.ui;

import app.atelier.access.Actor;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.avatar.AvatarGroup.AvatarGroupItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;

/** Avatars of the people on the board now, and how many they are. */
public class PresenceList extends HorizontalLayout {
    private final AvatarGroup avatars = new AvatarGroup();
    private final Span count = new Span();
    private List<Actor> people = List.of();

    public PresenceList() {
        setId("presence");
        setAlignItems(Alignment.CENTER);
        setSpacing(true);
        avatars.setMaxItemsVisible(8);
        avatars.getElement().setAttribute("aria-label", getTranslation("board.presence.label"));
        count.addClassName("presence-count");
        add(avatars, count);
        show(List.of());
    }

    public void show(List<Actor> people) {
        this.people = List.copyOf(people);
        avatars.setItems(people.stream().map(p -> new AvatarGroupItem(p.name())).toList());
        count.setText(getTranslation("board.presence.count", people.size()));
    }

    public List<String> names() {
        return people.stream().map(Actor::name).toList();
    }
}
