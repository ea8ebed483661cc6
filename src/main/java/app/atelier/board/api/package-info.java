/** The REST API of boards and cards. */
package app.atelier.board.api;
