/**
 * A board's history for its facilitators: who changed what and when, read from the event log; the board as it was at
 * any moment (read-only); and the history as a spreadsheet. Private writing, anonymity and sealing apply as on the
 * board.
 */
@ApplicationModule(allowedDependencies = {"base", "security", "template", "access", "board", "board::page",
        "board::api"})
package app.atelier.history;

import org.springframework.modulith.ApplicationModule;
