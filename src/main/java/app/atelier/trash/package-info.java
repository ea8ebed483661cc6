/**
 * The board's trash: a deleted card (with its fields, images, comments and votes, which stay where they are) is
 * kept for {@code atelier.trash.keep} (30 days); its author or a facilitator brings it back for everyone, live;
 * facilitators purge it for good, or age does. Private writing, anonymity and sealing apply as on the board.
 */
@ApplicationModule(allowedDependencies = {"base", "security", "template", "access", "board", "board::page", "board::api"})
package app.atelier.trash;

import org.springframework.modulith.ApplicationModule;
