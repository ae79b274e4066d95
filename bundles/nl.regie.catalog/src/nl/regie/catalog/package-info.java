// SPDX-License-Identifier: EPL-2.0
/**
 * The intervention catalogue: the proven interventions a municipality connects rather than invents, with their
 * recognition level where a public source gives it ("not assessed" otherwise), and those advised against, with the
 * reason. Regie brings its own entries; organisations add theirs as {@link nl.regie.catalog.CatalogueContribution}
 * services in their own bundles, or as a file ({@link nl.regie.catalog.CatalogueFiles}).
 */
package nl.regie.catalog;
