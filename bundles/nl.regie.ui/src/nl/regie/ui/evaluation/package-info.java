// SPDX-License-Identifier: EPL-2.0
/**
 * The evaluation dashboard's pages (signals before and after, policy review), the report wizard and the report job.
 */
package nl.regie.ui.evaluation;
