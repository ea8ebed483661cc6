/**
 * What a board is: boards and their cards (domain, storage, the rules of a card's content), the service every card
 * change goes through, the board's persistent event log, the boards held in memory on this node and the feeds
 * through which nodes hear each other's events. The features built on a board (session, voting, decision,
 * discussion, export) change what they own on it through {@link app.atelier.board.BoardWrites} and hear of card
 * deletions through {@link app.atelier.board.CardRemoved}; this module knows none of them.
 */
@ApplicationModule(allowedDependencies = {"base", "security", "template", "access", "access::people-panel", "presence",
        "presence::presence-list", "workspace"})
package app.atelier.board;

import org.springframework.modulith.ApplicationModule;
