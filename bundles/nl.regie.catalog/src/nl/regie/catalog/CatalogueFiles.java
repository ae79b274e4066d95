// SPDX-License-Identifier: EPL-2.0
package nl.regie.catalog;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.regie.model.Intervention;
import nl.regie.model.Municipality;
import nl.regie.model.resource.RegieResources;

/**
 * A catalogue in a file an organisation hands over: a Regie exchange file (XMI) whose interventions are the entries.
 * The file is read as untrusted (no DTD or external entity, at most 64 MiB), like a workspace import.
 */
public final class CatalogueFiles {

    private CatalogueFiles() {
    }

    /** The contribution the file holds, named {@code name}; errors name the file (and line and column for XML). */
    public static CatalogueContribution read(Path file, String name) throws IOException {
        Municipality root = RegieResources.loadUntrusted(file, RegieResources.DEFAULT_MAX_IMPORT_BYTES);
        List<Intervention> entries = new ArrayList<>(root.getInterventions());
        if (entries.isEmpty()) {
            throw new IOException(file + ": holds no interventions");
        }
        for (Intervention entry : entries) {
            if (entry.getId() == null || entry.getId().isBlank() || entry.getName() == null || entry.getName().isBlank()) {
                throw new IOException(file + ": every intervention needs an id and a name (one has "
                        + (entry.getId() == null ? "no id" : "id " + entry.getId()) + ")");
            }
        }
        return new CatalogueContribution() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Intervention> interventions() {
                return new ArrayList<>(EcoreUtil.copyAll(entries));
            }
        };
    }
}
