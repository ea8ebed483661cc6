/** Boards and their cards: domain, storage, the service every change goes through, and the live event bus. */
package app.atelier.board;
