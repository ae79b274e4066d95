// SPDX-License-Identifier: EPL-2.0
/**
 * The progress line at the bottom of the window: the running user jobs with their progress, and cancelling them.
 */
package nl.regie.ui.progress;
