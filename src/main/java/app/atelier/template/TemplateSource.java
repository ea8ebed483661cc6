package app.atelier.template;

import java.util.List;
import java.util.Optional;

/** Templates beyond the built-in files (those facilitators make): the catalog asks these after its own. */
public interface TemplateSource {
    Optional<BoardTemplate> find(String id);

    /** The templates this person may start a board from (theirs and the shared ones), newest first. */
    List<BoardTemplate> availableTo(String personId);

    /** Whether this person may start a board from that template. */
    boolean mayUse(String personId, String id);
}
