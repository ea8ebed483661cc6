/** JSON errors for every API call. */
package app.atelier.base.api;
