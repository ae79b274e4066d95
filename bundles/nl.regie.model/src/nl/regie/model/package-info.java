// SPDX-License-Identifier: EPL-2.0
/**
 * The Regie model of local drug-prevention policy (EMF, generated from {@code model/regie.ecore}): the municipality,
 * its policies and goals over the three pillars and domains, partners, signals, the intervention catalogue,
 * multi-track action plans, indicators and measurements, round tables and policy reviews.
 */
package nl.regie.model;
