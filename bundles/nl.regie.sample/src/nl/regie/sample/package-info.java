// SPDX-License-Identifier: EPL-2.0
/**
 * The example municipality Gemeente X, built from the seed text; what a new database starts with unless a product is
 * configured for a municipality of its own.
 */
package nl.regie.sample;
