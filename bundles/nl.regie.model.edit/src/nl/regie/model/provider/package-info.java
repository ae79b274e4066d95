// SPDX-License-Identifier: EPL-2.0
/**
 * EMF.Edit item providers of the Regie model (generated): labels, icons and commands for viewers, in English and
 * Dutch.
 */
package nl.regie.model.provider;
