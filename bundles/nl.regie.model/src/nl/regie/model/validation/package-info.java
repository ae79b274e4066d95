// SPDX-License-Identifier: EPL-2.0
/**
 * The model's rules, each with a stable code and English and Dutch messages, run by an EMF validator; {@code
 * validateAll} checks an object and all it holds.
 */
package nl.regie.model.validation;
