/** Board templates, read from board-templates/*.json: zones, their layout and typed fields. */
@ApplicationModule(allowedDependencies = "base")
package app.atelier.template;

import org.springframework.modulith.ApplicationModule;
