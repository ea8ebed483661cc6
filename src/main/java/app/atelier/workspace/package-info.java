/**
 * Workspaces: a client company or a department, with its own members (admins and members), boards and templates.
 * A person belongs to several and works in one at a time (their current workspace). The boards themselves stay
 * the board module's: it implements {@link app.atelier.workspace.WorkspaceBoards} for the admin's page and follows
 * {@link app.atelier.workspace.WorkspaceMemberRemoved}, so this module depends on no feature.
 */
@ApplicationModule(allowedDependencies = {"base", "security"})
package app.atelier.workspace;

import org.springframework.modulith.ApplicationModule;
