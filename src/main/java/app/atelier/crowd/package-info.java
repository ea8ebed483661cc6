/**
 * Crowd mode: thousands of phones on one board with no account. A facilitator turns it on and gets a short join
 * code and its QR code on a wall display (a read-only board for the projector); phones join through a light page that
 * speaks JSON over a WebSocket (no Vaadin UI per phone) and see only the current step: write an idea, vote on a
 * shortlist. Ideas may wait in a moderation queue (approve, merge as a "+1", reject: the author is told).
 */
@ApplicationModule(allowedDependencies = {"base", "security", "template", "access", "board", "board::page",
        "board::api"})
package app.atelier.crowd;

import org.springframework.modulith.ApplicationModule;
