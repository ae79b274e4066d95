// SPDX-License-Identifier: EPL-2.0
/**
 * EMF switch and adapter factory of the Regie model (generated).
 */
package nl.regie.model.util;
