/** The board pages: home, the live board with its canvas, the card editor. */
package app.atelier.board.ui;
