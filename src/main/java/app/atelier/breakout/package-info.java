/**
 * Breakout groups on any board: the facilitator splits the participants into small groups (at random or by hand),
 * names them and gives cards to them; each group sees its own cards first and still sees the rest.
 */
@ApplicationModule(allowedDependencies = {"base", "security", "access", "board", "board::page", "board::api"})
package app.atelier.breakout;

import org.springframework.modulith.ApplicationModule;
