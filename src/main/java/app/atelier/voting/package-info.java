/**
 * Dot voting: rounds a facilitator opens and closes, each person's ballot (its own collection, the source of truth
 * for the totals), the dots on the canvas and how many a person has left.
 */
@ApplicationModule(allowedDependencies = {"base", "security", "template", "access", "board", "board::page",
        "board::api"})
package app.atelier.voting;

import org.springframework.modulith.ApplicationModule;
