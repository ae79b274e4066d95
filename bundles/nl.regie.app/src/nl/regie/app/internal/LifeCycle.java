// SPDX-License-Identifier: EPL-2.0
package nl.regie.app.internal;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.osgi.util.NLS;

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

    /** Names the open municipality in the title of the main window: "Gemeente X – Regie". */
    @ProcessAdditions
    void processAdditions(MApplication application, IEclipseContext context) {
        Municipality municipality = context.get(Municipality.class);
        if (municipality != null && !application.getChildren().isEmpty()) {
            MWindow window = application.getChildren().get(0);
            window.setLabel(NLS.bind(Messages.Window_title, municipality.getName()));
        }
    }
}
