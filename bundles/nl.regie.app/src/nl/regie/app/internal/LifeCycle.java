// SPDX-License-Identifier: EPL-2.0
package nl.regie.app.internal;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.emf.common.notify.AdapterFactory;

import nl.regie.model.Municipality;
import nl.regie.model.edit.RegieEditAdapterFactory;
import nl.regie.sample.GemeenteX;

/**
 * Prepares the application context before the workbench model is rendered: the item-provider adapter factory that
 * every part labels with, and the open municipality. Until the store exists the workbench opens
 * the example municipality in memory.
 */
public class LifeCycle {

    @PostContextCreate
    void postContextCreate(IEclipseContext context) {
        context.set(AdapterFactory.class, RegieEditAdapterFactory.createComposed());
        context.set(Municipality.class, GemeenteX.create());
    }
}
