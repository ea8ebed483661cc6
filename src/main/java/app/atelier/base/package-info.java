/**
 * The shared shell: application shell (push, theme), i18n, the errors every feature throws, the embedded store and
 * the JSON error handling of the API. An open module: every feature may use all of it, and it uses none of them.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package app.atelier.base;

import org.springframework.modulith.ApplicationModule;
