/** Leaving with the result: the board as JSON (re-importable), Markdown and CSV; the PDF report comes next. */
package app.atelier.export;
