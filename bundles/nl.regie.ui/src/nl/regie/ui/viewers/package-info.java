// SPDX-License-Identifier: EPL-2.0
/**
 * JFace content and label providers over the EMF.Edit item providers.
 */
package nl.regie.ui.viewers;
