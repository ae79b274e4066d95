// SPDX-License-Identifier: EPL-2.0
/**
 * Labels of the Regie model for people: enumeration literals, features, signals and measurements in the user's
 * language ({@link nl.regie.model.edit.RegieLabels}).
 */
package nl.regie.model.edit;
