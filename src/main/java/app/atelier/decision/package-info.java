/**
 * From many cards to one agreed list: the ranking (manual places, then dots, then age), the facilitator's
 * reordering, and the decision on a card (agreed, which locks it, or set aside). The export publishes its result.
 */
@ApplicationModule(allowedDependencies = {"base", "security", "template", "access", "board", "board::page",
        "board::api"})
package app.atelier.decision;

import org.springframework.modulith.ApplicationModule;
