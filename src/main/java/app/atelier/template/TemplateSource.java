package app.atelier.template;

import java.util.List;
import java.util.Optional;

/** Templates beyond the built-in files (those facilitators make): the catalog asks these after its own. */
public interface TemplateSource {
    Optional<BoardTemplate> find(String id);

    /** What this person may start a board from in that workspace (theirs, those shared in it), newest first. */
    List<BoardTemplate> availableTo(String personId, String workspaceId);

    /** Whether this person may start a board from that template in that workspace. */
    boolean mayUse(String personId, String workspaceId, String id);
}
