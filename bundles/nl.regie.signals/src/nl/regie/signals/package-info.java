// SPDX-License-Identifier: EPL-2.0
/**
 * Signal intake: sources ({@link nl.regie.signals.SignalSource}, also as OSGi services organisations register),
 * column mappings, checks with reasons, privacy screening, deduplication, and the streaming import into the store
 * with rejects kept.
 */
package nl.regie.signals;
