// SPDX-License-Identifier: EPL-2.0
package nl.regie.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regie.model.Municipality;
import nl.regie.model.Partner;
import nl.regie.model.PartnerKind;
import nl.regie.model.RegieFactory;
import nl.regie.sample.GemeenteX;
import nl.regie.store.ConflictException;
import nl.regie.store.LoadedWorkspace;
import nl.regie.store.SignalQuery;
import nl.regie.store.StoreException;
import nl.regie.store.WorkspaceVersion;
import nl.regie.store.derby.DerbyStore;

/** Workspace versions in a real embedded Derby database: seeding, saving, history, conflicts, restore. */
class WorkspaceStoreTest {

    @TempDir
    Path dir;

    private DerbyStore open(String author) throws StoreException {
        return DerbyStore.open(Backends.settings(dir).withAuthor(author));
    }

    @Test
    void firstOpenCreatesTheDatabaseWithTheExampleMunicipality() throws Exception {
        try (DerbyStore store = open("ana")) {
            LoadedWorkspace loaded = store.load();
            assertEquals(1, loaded.version().number());
            assertTrue(EcoreUtil.equals(GemeenteX.create(), loaded.municipality()), "the seed is Gemeente X");
            assertEquals(1, store.history().size());
            assertEquals(GemeenteX.create().getSignals().size(), store.count(SignalQuery.ALL),
                    "the example's signals are in the signal store too");
            assertFalse(store.info().encrypted());
            if (Backends.embedded()) {
                assertTrue(store.info().location().endsWith("db"), store.info().location());
            } else {
                assertTrue(store.info().shared(), "a server's database is shared");
                assertTrue(store.info().location().startsWith("postgresql".equals(Backends.name()) ? "jdbc:postgresql://"
                        : "jdbc:derby://"), "on the backend of this run: " + store.info().location());
                assertFalse(store.info().location().contains("password"), "no password in messages: "
                        + store.info().location());
            }
        }
        if (Backends.embedded()) {
            assertTrue(dir.resolve("db").resolve("service.properties").toFile().exists());
            assertTrue(dir.resolve("derby.log").toFile().exists()
                    || System.getProperty("derby.stream.error.file") != null);
        }
    }

    @Test
    void saveAddsAVersionWithASummaryOfTheChanges() throws Exception {
        try (DerbyStore store = open("ana")) {
            LoadedWorkspace loaded = store.load();
            Municipality x = loaded.municipality();
            Partner ggd = RegieFactory.eINSTANCE.createPartner();
            ggd.setName("GGD Regio");
            ggd.setKind(PartnerKind.PUBLIC_HEALTH_SERVICE);
            x.getPartners().add(ggd);
            x.getPolicies().get(0).setTitle("Drugspreventiebeleid 2026-2030");
            WorkspaceVersion saved = store.save(x, loaded.version().number(), "nieuwe GGD");

            assertEquals(2, saved.number());
            assertEquals("ana", saved.author());
            assertTrue(saved.summary().startsWith("nieuwe GGD"), saved.summary());
            assertTrue(saved.summary().contains("+1 Partner"), saved.summary());
            assertTrue(saved.summary().contains("1 changed"), saved.summary());
            List<WorkspaceVersion> history = store.history();
            assertEquals(List.of(2L, 1L), history.stream().map(WorkspaceVersion::number).toList());
            assertTrue(EcoreUtil.equals(x, store.load().municipality()));
        }
        try (DerbyStore reopened = open("ana")) {
            assertEquals(2, reopened.load().version().number(), "saved versions survive closing the database");
        }
    }

    /**
     * Every saved change is in the audit trail: per object and property, with who, when, the version and the values
     * before and after; the first version is one entry for the workspace; a refused save leaves no entry.
     */
    @Test
    void everySavedChangeIsInTheAuditTrailWithItsValuesBeforeAndAfter() throws Exception {
        try (DerbyStore store = open("ana")) {
            Municipality x = store.load().municipality();
            nl.regie.model.Action action = x.getPolicies().get(0).getActionPlans().get(0).getTracks().get(0)
                    .getActions().get(0);
            String title = action.getTitle();
            action.setTitle(title + " (bijgesteld)");
            nl.regie.model.Partner partner = nl.regie.model.RegieFactory.eINSTANCE.createPartner();
            partner.setId("partner-ggd-regio");
            partner.setName("GGD Regio");
            x.getPartners().add(partner);
            store.save(x, 1, "titel bijgesteld");

            List<nl.regie.store.AuditEntry> trail = store.of(action.getId());
            assertEquals(1, trail.size(), trail.toString());
            nl.regie.store.AuditEntry change = trail.get(0);
            assertEquals(nl.regie.store.AuditEntry.Change.CHANGED, change.change());
            assertEquals("title", change.feature());
            assertEquals(title, change.before());
            assertEquals(title + " (bijgesteld)", change.after());
            assertEquals("ana", change.author());
            assertEquals(2, change.version());
            assertEquals("Action", change.objectType());
            List<nl.regie.store.AuditEntry> created = store.of(partner.getId());
            assertEquals(1, created.size(), created.toString());
            assertEquals(nl.regie.store.AuditEntry.Change.CREATED, created.get(0).change());
            assertEquals("Partner GGD Regio", created.get(0).after());
            x.getPartners().remove(partner);
            store.save(x, 2, null);
            List<nl.regie.store.AuditEntry> removed = store.of(partner.getId());
            assertEquals(nl.regie.store.AuditEntry.Change.REMOVED, removed.get(1).change(), removed.toString());
            assertEquals("Partner GGD Regio", removed.get(1).before());

            List<nl.regie.store.AuditEntry> all = store.between(null, null, 0, 1000);
            assertEquals(nl.regie.store.AuditEntry.Change.CREATED, all.get(0).change(), "the first version as a whole");
            assertEquals(1, all.get(0).version());

            action.setTitle("een verouderde wijziging");
            assertThrows(ConflictException.class, () -> store.save(x, 2, null));
            assertEquals(1, store.of(action.getId()).size(), "a refused save leaves no entry");
        }
    }

    @Test
    void aSaveBasedOnAnOldVersionIsRefusedAndOverwritesNothing() throws Exception {
        try (DerbyStore store = open("ana")) {
            Municipality mine = store.load().municipality();
            Municipality theirs = store.load().municipality();
            theirs.setDescription("their change");
            store.save(theirs, 1, null);
            mine.setDescription("my change");

            ConflictException conflict = assertThrows(ConflictException.class, () -> store.save(mine, 1, null));
            assertEquals(StoreException.Problem.CONFLICT, conflict.problem());
            assertEquals(2, conflict.latest().number());
            String message = conflict.message(Locale.ENGLISH);
            assertTrue(message.contains("version 1") && message.contains("version 2") && message.contains("ana"), message);
            assertTrue(conflict.message(Locale.of("nl")).contains("niets overschreven"), conflict.message(Locale.of("nl")));
            assertEquals("their change", store.load().municipality().getDescription(), "no lost update");
            assertEquals(2, store.history().size());
        }
    }

    @Test
    void anOlderVersionCanBeRestoredAsANewVersion() throws Exception {
        try (DerbyStore store = open("ana")) {
            Municipality x = store.load().municipality();
            x.getPartners().clear();
            store.save(x, 1, null);
            WorkspaceVersion restored = store.restoreVersion(1, 2);
            assertEquals(3, restored.number());
            assertTrue(restored.summary().contains("Restored version 1"), restored.summary());
            assertEquals(GemeenteX.create().getPartners().size(), store.load().municipality().getPartners().size());
            assertTrue(EcoreUtil.equals(store.loadVersion(1), store.loadVersion(3)));
            StoreException missing = assertThrows(StoreException.class, () -> store.loadVersion(42));
            assertEquals(StoreException.Problem.INVALID_INPUT, missing.problem());
        }
    }

    @Test
    void aWholeWorkspaceMovesToAnotherInstallationWithItsSignals() throws Exception {
        Path file = dir.resolve("exchange").resolve("gemeente-x.xmi");
        try (DerbyStore here = open("ana")) {
            here.append(java.util.stream.IntStream.range(0, 25).mapToObj(i -> new nl.regie.store.SignalRecord("extra-" + i,
                    java.time.LocalDate.of(2026, 4, 1 + i), null, "gemx-partner-jongerenwerk", java.util.List.of("gemx-middel-3mmc"),
                    null, null, "gemx-wijk-noord", null, null, null, "extra " + i, null)).toList(), "extra.csv");
            Municipality whole = nl.regie.store.WorkspaceExchange.withAllSignals(here.load().municipality(), here);
            assertEquals(29, whole.getSignals().size(), "the model's signals plus the store's");
            nl.regie.model.Signal extra = whole.getSignals().stream().filter(s -> s.getId().equals("extra-3")).findFirst()
                    .orElseThrow();
            assertEquals("Jongerenwerk", extra.getSource().getName(), "references resolved in the copy");
            java.nio.file.Files.createDirectories(file.getParent());
            nl.regie.model.resource.RegieResources.save(whole, file);
        }
        Path elsewhere = dir.resolve("elsewhere");
        try (DerbyStore there = DerbyStore.open(Backends.settings(elsewhere).withAuthor("bram"))) {
            there.append(java.util.List.of(new nl.regie.store.SignalRecord("local-only", java.time.LocalDate.of(2026, 1, 1),
                    null, "p", null, null, null, null, null, null, null, null, null)), "local.csv");
            Municipality imported = nl.regie.model.resource.RegieResources.importExchangeFile(file);
            WorkspaceVersion version = there.importWorkspace(imported, 1, "Imported from gemeente-x.xmi");
            assertEquals(2, version.number());
            assertEquals(29, there.count(SignalQuery.ALL), "the file's signals replace the local ones");
            assertEquals(1, there.count(SignalQuery.ALL.areas("gemx-wijk-noord").observed(
                    java.time.LocalDate.of(2026, 4, 4), java.time.LocalDate.of(2026, 4, 4))));
            Municipality model = there.load().municipality();
            assertEquals(4, model.getSignals().size(), "the model keeps the signals its actions refer to");
            assertEquals(2, there.history().size(), "the previous version stays in the history");
        }
    }

    @Test
    void anUnseededStoreStartsEmpty() throws Exception {
        try (DerbyStore store = DerbyStore.open(Backends.settings(dir).withSeedExample(false))) {
            LoadedWorkspace empty = store.load();
            assertEquals(0, empty.version().number());
            assertTrue(store.history().isEmpty());
            empty.municipality().setName("Gemeente Y");
            WorkspaceVersion first = store.save(empty.municipality(), 0, null);
            assertEquals(1, first.number());
            assertEquals("Gemeente Y", store.load().municipality().getName());
            assertEquals(0, store.count(SignalQuery.ALL));
        }
    }
}
