/**
 * Templates facilitators make: from a board ("save as template") or from scratch, private to their maker or shared
 * with everyone in their workspace, exported and imported as JSON. A made template is a template like the
 * built-in ones: the catalog finds it ({@code template.TemplateSource}) and its labels are its own
 * ({@code base.TextSource}).
 */
@ApplicationModule(allowedDependencies = {"base", "security", "template", "access", "board", "board::page",
        "workspace"})
package app.atelier.customtemplate;

import org.springframework.modulith.ApplicationModule;
