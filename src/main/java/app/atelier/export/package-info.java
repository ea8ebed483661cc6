/**
 * Leaving with the result, and coming back with it: the board as JSON (re-importable: {@code SnapshotService},
 * {@code ImportValidator}, {@code ImportWriter}), Markdown and CSV, and the PDF decision report. Reads the board,
 * its decisions and its discussion; nothing depends on it.
 */
package app.atelier.export;
