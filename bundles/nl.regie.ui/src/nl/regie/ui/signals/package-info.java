// SPDX-License-Identifier: EPL-2.0
/**
 * The signal import wizard and job, the signal form and the signal details dialog.
 */
package nl.regie.ui.signals;
