/** Board templates, read from board-templates/*.json: zones, their layout and typed fields. */
package app.atelier.template;
