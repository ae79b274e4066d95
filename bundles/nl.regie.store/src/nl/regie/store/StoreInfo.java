// SPDX-License-Identifier: EPL-2.0
package nl.regie.store;

/**
 * Where and how a store keeps its data.
 *
 * @param location the data folder or server address
 * @param shared true when the database is shared through a server
 * @param encrypted true when the data is encrypted at rest
 * @param schemaVersion the version of the database schema
 */
public record StoreInfo(String location, boolean shared, boolean encrypted, int schemaVersion) {
}
