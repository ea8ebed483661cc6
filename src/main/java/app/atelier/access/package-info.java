/**
 * Who may do what on a board: roles, memberships, invite links and guests, {@code CurrentActor}. Its people panel is
 * the named interface {@code people-panel} the board page shows facilitators.
 */
@ApplicationModule(allowedDependencies = {"base", "security"})
package app.atelier.access;

import org.springframework.modulith.ApplicationModule;
