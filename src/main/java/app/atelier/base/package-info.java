/** The shared shell: application shell (push, theme), i18n, the errors every feature throws, the embedded store and the JSON error handling of the API. */
package app.atelier.base;
