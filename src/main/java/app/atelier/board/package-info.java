/**
 * Boards and their cards: domain, storage, the service every change goes through, the board's persistent event log,
 * the boards held in memory on this node, and the feeds through which nodes hear each other's events.
 */
package app.atelier.board;
