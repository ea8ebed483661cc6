/**
 * Undo and redo of one's own last changes on a board (add, edit, move, delete), kept in the store so they survive a
 * page reload. An undo never erases another person's later work: if the card changed since, it is refused.
 */
@ApplicationModule(allowedDependencies = {"base", "security", "access", "board", "board::page", "board::api", "trash"})
package app.atelier.undo;

import org.springframework.modulith.ApplicationModule;
