// SPDX-License-Identifier: EPL-2.0
/**
 * Reading and writing workspaces: XMI and EMF binary resources with atomic writes, and the untrusted-import rules (no
 * DTD, no external entities, a size cap).
 */
package nl.regie.model.resource;
