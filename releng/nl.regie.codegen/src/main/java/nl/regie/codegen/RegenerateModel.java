// SPDX-License-Identifier: EPL-2.0
package nl.regie.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.XMIResource;

/**
 * Runs EMF's own generator headless: reconciles {@code regie.genmodel} with {@code regie.ecore} and writes the
 * model code ({@code nl.regie.model/src-gen}) and the edit code ({@code nl.regie.model.edit/src-gen}).
 */
public final class RegenerateModel {

    private static final List<String> PROJECTS = List.of("nl.regie.model", "nl.regie.model.edit");
    private static final String GENMODEL = "/nl.regie.model/model/regie.genmodel";

    private RegenerateModel() {
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path bundles = root.resolve("bundles");
        if (!Files.isDirectory(bundles.resolve("nl.regie.model"))) {
            System.err.println("error: " + bundles.resolve("nl.regie.model") + " not found; pass the repository root");
            System.exit(2);
        }
        // The genmodel names its output folders as platform:/resource/<bundle>/...: map them onto the checkout.
        for (String project : PROJECTS) {
            URI file = URI.createFileURI(bundles.resolve(project).toString() + "/");
            URIConverter.URI_MAP.put(URI.createPlatformResourceURI("/" + project + "/", false), file);
            EcorePlugin.getPlatformResourceMap().put(project, file);
        }

        ResourceSet resourceSet = new ResourceSetImpl();
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new EcoreResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

        URI genModelUri = URI.createPlatformResourceURI(GENMODEL, true);
        Resource committed = resourceSet.getResource(genModelUri, true);
        GenModel settings = (GenModel) committed.getContents().get(0);
        EPackage ePackage = resourceSet
                .getResource(genModelUri.trimSegments(1).appendSegment(settings.getForeignModel().get(0)), true)
                .getContents().stream().map(EPackage.class::cast).findFirst().orElseThrow();

        // Build the generator model afresh from the Ecore, then carry the committed settings over; this is what
        // "Reload" does in the IDE, so a changed .ecore never leaves a stale .genmodel behind.
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(List.of(ePackage));
        genModel.getForeignModel().addAll(settings.getForeignModel());
        genModel.setImporterID(settings.getImporterID());
        genModel.reconcile(settings);
        committed.getContents().set(0, genModel);
        committed.save(Map.of(XMIResource.OPTION_LINE_WIDTH, 120, Resource.OPTION_SAVE_ONLY_IF_CHANGED,
                Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER));

        genModel.setCanGenerate(true);
        genModel.setUpdateClasspath(false);
        Diagnostic valid = genModel.diagnose();
        if (valid.getSeverity() == Diagnostic.ERROR) {
            System.err.println("error: the genmodel is not valid: " + valid);
            System.exit(1);
        }

        // src-gen holds generated code only (behaviour lives in src/), so it is emptied first: the result is then the
        // same from any starting point, with no stale file or import left over by a merge.
        for (String project : PROJECTS) {
            deleteTree(bundles.resolve(project).resolve("src-gen"));
        }

        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        int errors = 0;
        for (String type : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, type, new BasicMonitor());
            if (result.getSeverity() >= Diagnostic.ERROR) {
                System.err.println("error: generating " + type + " failed: " + result);
                errors++;
            }
        }
        System.out.println(errors == 0 ? "Regenerated the Regie model and edit code under " + bundles : "Generation failed");
        System.exit(errors == 0 ? 0 : 1);
    }
}
