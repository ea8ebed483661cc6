/** The REST API of boards and cards, the event stream, and the JSON shapes of a card and a session others reuse. */
package app.atelier.board.api;
