/**
 * Images on cards (screenshots, KPI curves, photos): checked from their bytes, stored in the store's GridFS with a
 * thumbnail made once, within a size limit per image and a quota per board, and served only to those who may see
 * the card. The card keeps the list ({@code board.CardImage}); this module keeps the bytes.
 */
@ApplicationModule(allowedDependencies = {"base", "security", "access", "board", "board::page", "board::api"})
package app.atelier.image;

import org.springframework.modulith.ApplicationModule;
