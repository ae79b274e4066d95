// SPDX-License-Identifier: EPL-2.0
/**
 * Persistence API of Regie: the saved versions of a municipality's workspace ({@link nl.regie.store.WorkspaceStore}),
 * the signals reported by field partners ({@link nl.regie.store.SignalStore}) and the care of the database itself
 * ({@link nl.regie.store.StoreMaintenance}). Implementations register these as OSGi services; nothing here touches
 * a UI or a particular database.
 */
package nl.regie.store;
