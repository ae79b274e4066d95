// SPDX-License-Identifier: EPL-2.0
/**
 * Regie's own signal sources: CSV (as it really arrives), XLSX (with zip-bomb limits) and JSON (signals and EU drug
 * alerts).
 */
package nl.regie.signals.sources;
