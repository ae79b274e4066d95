// SPDX-License-Identifier: EPL-2.0
/**
 * Updating an installed Regie product from a p2 repository (the update site an IT department publishes):
 * {@link nl.regie.update.ProductUpdate}, an OSGi service of the Equinox product. The headless runtime on Apache Felix
 * has no p2 installation to update; it is replaced as a whole.
 */
package nl.regie.update;
