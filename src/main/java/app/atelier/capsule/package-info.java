/**
 * The marketing time capsule: a facilitator seals a board with a reveal date; until then its cards, comments, images
 * and event log are encrypted in the vault (a key kept apart from the data) and nobody can read them; on the date
 * it opens for everyone at once, even if nobody is online, on exactly one node. Then each prediction gets what
 * actually happened and a verdict.
 */
@ApplicationModule(allowedDependencies = {"base", "security", "template", "access", "board",
        "board::page", "board::api"})
package app.atelier.capsule;

import org.springframework.modulith.ApplicationModule;
