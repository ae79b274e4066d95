// SPDX-License-Identifier: EPL-2.0
/**
 * The store on Apache Derby, embedded or through a network server: settings ({@link
 * nl.regie.store.derby.DerbySettings}) and the store itself; the OSGi service is configured through Configuration
 * Admin (PID {@code nl.regie.store.derby}).
 */
package nl.regie.store.derby;
