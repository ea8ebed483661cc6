/** Single-node mode: the embedded MongoDB-wire server used when no spring.mongodb.uri is set. */
package app.atelier.base.store;
