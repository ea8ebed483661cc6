/**
 * The board module's machinery, hidden from the other modules (Spring Modulith refuses any use from outside): the
 * stores of boards and cards, the event bus and the board's persistent event log, the boards held in memory on this
 * node ({@code LiveBoards}) and the feeds through which nodes hear each other's events.
 */
package app.atelier.board.internal;
