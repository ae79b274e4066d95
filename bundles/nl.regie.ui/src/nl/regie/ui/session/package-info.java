// SPDX-License-Identifier: EPL-2.0
/**
 * The workbench's session on the store: the workspace loaded and saved in jobs, its editing domain, and the links
 * parts keep to it.
 */
package nl.regie.ui.session;
