package app.atelier.board.ui;

import app.atelier.access.Role;
import app.atelier.board.Board;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.modulith.NamedInterface;

/**
 * A part built only for the roles it serves, when the person first has one of them, and dropped if they lose it: a
 * thousand participants need not each hold the facilitators' components.
 */
@NamedInterface("page")
public final class PartForRoles<T extends Component> implements BoardPagePart {
    private final Div slot = new Div();
    private final Place place;
    private final Predicate<Role> serves;
    private final Supplier<T> build;
    private final BiConsumer<T, Board> show;
    private T built;

    /** {@code show}: brings the built component up to date with the session (called after every change). */
    public PartForRoles(Place place, Predicate<Role> serves, Supplier<T> build, BiConsumer<T, Board> show) {
        this.place = place;
        this.serves = serves;
        this.build = build;
        this.show = show;
    }

    /** The facilitators' tools, in their row. */
    public static <T extends Component> PartForRoles<T> facilitatorTools(Supplier<T> build, BiConsumer<T, Board> show) {
        return new PartForRoles<>(Place.TOOLS, role -> role == Role.FACILITATOR, build, show);
    }

    /** The component, while the person has a role it serves (null otherwise). */
    public T built() {
        return built;
    }

    @Override
    public Component component() {
        return slot;
    }

    @Override
    public Place place() {
        return place;
    }

    @Override
    public void show(Role role, Board session) {
        boolean served = role != null && serves.test(role);
        if (served && built == null) {
            built = build.get();
            slot.add(built);
        } else if (!served && built != null) {
            slot.removeAll();
            built = null;
        }
        if (built != null) {
            show.accept(built, session);
        }
    }
}
