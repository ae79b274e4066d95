// SPDX-License-Identifier: EPL-2.0
package nl.regie.app.internal;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.PreSave;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

import nl.regie.model.Municipality;
import nl.regie.model.edit.RegieEditAdapterFactory;
import nl.regie.sample.GemeenteX;

/**
 * Prepares the application context before the workbench model is rendered: the item-provider adapter factory that
 * every part labels with, and the open municipality. Until the store exists (Derby, issue 3) the workbench opens
 * the example municipality in memory.
 */
public class LifeCycle {

    private ComposedAdapterFactory adapterFactory;

    @PostContextCreate
    void postContextCreate(IEclipseContext context) {
        adapterFactory = RegieEditAdapterFactory.createComposed();
        context.set(AdapterFactory.class, adapterFactory);
        context.set(Municipality.class, GemeenteX.create());
    }

    @PreSave
    void preSave(IEclipseContext context) {
        // Nothing to save yet: the example municipality lives in memory until the store lands.
    }
}
