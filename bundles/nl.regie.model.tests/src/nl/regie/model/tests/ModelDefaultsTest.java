// SPDX-License-Identifier: EPL-2.0
package nl.regie.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.regie.model.Action;
import nl.regie.model.Domain;
import nl.regie.model.Partner;
import nl.regie.model.PartnerKind;
import nl.regie.model.RegieFactory;
import nl.regie.model.RegiePackage;

/** A new object claims nothing it was not told: no silent kind, domain or pillar. */
class ModelDefaultsTest {

    @Test
    void newPartnerIsOfKindOtherWithoutDomain() {
        Partner partner = RegieFactory.eINSTANCE.createPartner();
        assertEquals(PartnerKind.OTHER, partner.getKind());
        assertFalse(partner.isSetDomain());
        partner.setDomain(Domain.SAFETY);
        assertTrue(partner.isSetDomain());
    }

    @Test
    void newActionHasNoPillarOrDomainYet() {
        Action action = RegieFactory.eINSTANCE.createAction();
        assertFalse(action.isSetPillar());
        assertFalse(action.isSetDomain());
    }

    @Test
    void datesConvertToAndFromIsoText() {
        var factory = RegieFactory.eINSTANCE;
        var type = RegiePackage.Literals.LOCAL_DATE;
        assertEquals(LocalDate.of(2026, 3, 2), factory.createFromString(type, "2026-03-02"));
        assertEquals(LocalDate.of(2026, 3, 2), factory.createFromString(type, " 2026-03-02 "));
        assertNull(factory.createFromString(type, ""));
        assertEquals("2026-03-02", factory.convertToString(type, LocalDate.of(2026, 3, 2)));
        assertNull(factory.convertToString(type, null));
    }
}
