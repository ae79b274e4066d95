// SPDX-License-Identifier: EPL-2.0
/**
 * Clusters of signals (substance x group x setting x area) in a recent window against their baseline, with a Poisson
 * test corrected for many comparisons.
 */
package nl.regie.signals.clusters;
