// SPDX-License-Identifier: EPL-2.0
package nl.regie.model.internal;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import nl.regie.model.RegiePackage;
import nl.regie.model.validation.RegieModelValidator;

/**
 * Registers the Regie EPackage and its validator in EMF's global registries when the bundle starts. Felix has no
 * extension registry, so {@code plugin.xml} alone would leave the package unknown there; this component works on
 * Equinox and Felix alike.
 */
@Component(immediate = true, service = RegiePackageRegistrar.class)
public class RegiePackageRegistrar {

    @Activate
    void activate() {
        EPackage.Registry.INSTANCE.put(RegiePackage.eNS_URI, RegiePackage.eINSTANCE);
        EValidator.Registry.INSTANCE.put(RegiePackage.eINSTANCE, RegieModelValidator.INSTANCE);
    }

    @Deactivate
    void deactivate() {
        EValidator.Registry.INSTANCE.remove(RegiePackage.eINSTANCE);
    }
}
