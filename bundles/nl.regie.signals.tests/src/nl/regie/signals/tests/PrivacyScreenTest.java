// SPDX-License-Identifier: EPL-2.0
package nl.regie.signals.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.regie.signals.privacy.PrivacyScreen;
import nl.regie.signals.privacy.PrivacyScreen.Kind;

/** The privacy corpus: what is removed, what is kept, and the BSN 11-check. */
class PrivacyScreenTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Jongere met BSN 111222333 gezien bij station | BSN | 111222333",
            "bsn 111.222.333 van de moeder | BSN | 111.222.333",
            "mail ouders: p.devries@example.nl voor contact | EMAIL | p.devries@example.nl",
            "bel 06-12345678 als het weer gebeurt | PHONE | 06-12345678",
            "tel +31 6 1234 5678 | PHONE | 1234 5678",
            "buurtbewoner 010-1234567 belde | PHONE | 010-1234567",
            "woont op 1234 AB 12 bij de snackbar | ADDRESS | 1234 AB 12",
            "jongen geboren 12-03-2010 uit Noord | BIRTH_DATE | 12-03-2010",
            "geboortedatum: 2009-11-30 | BIRTH_DATE | 2009-11-30",
            "dhr. Jansen meldde handel in 3-MMC | NAME | Jansen",
            "naam: Piet de Vries, 16 jaar | NAME | Piet de Vries",
            "mevrouw Yilmaz zag gebruik | NAME | Yilmaz"})
    void personalDataIsRemovedAndCounted(String text, Kind kind, String personal) {
        PrivacyScreen.Result result = PrivacyScreen.screen(text);
        assertFalse(result.text().contains(personal), result.text());
        assertTrue(result.text().contains(PrivacyScreen.MARKER), result.text());
        assertEquals(1, result.removed().getOrDefault(kind, 0), () -> result.removed().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Groepje van 5 minderjarigen gebruikt 3-MMC op de dansvloer",
            "Signaal van 12-03-2026 over cannabis in wijk Noord",
            "Ordernummer 123456789 van de horeca-melding",
            "Bij de ingang van De Kade, rond 23:00 uur"})
    void textWithoutPersonalDataStaysAsItIs(String text) {
        PrivacyScreen.Result result = PrivacyScreen.screen(text);
        assertEquals(text, result.text());
        assertEquals(0, result.total());
    }

    @Test
    void theBsnElevenCheck() {
        assertTrue(PrivacyScreen.isBsn("111222333"));
        assertTrue(PrivacyScreen.isBsn("123456782"));
        assertFalse(PrivacyScreen.isBsn("123456789"), "fails the 11-check");
        assertFalse(PrivacyScreen.isBsn("000000000"));
        assertFalse(PrivacyScreen.isBsn("12345678"));
    }

    @Test
    void severalItemsInOneTextAreAllRemoved() {
        PrivacyScreen.Result result = PrivacyScreen.screen(
                "Moeder (naam: Anna Bakker, tel 0612345678, a.bakker@mail.nl) meldt 3-MMC bij zoon, BSN 123456782");
        assertEquals(4, result.total(), result.removed().toString());
        assertFalse(result.text().matches(".*(Anna|Bakker|0612345678|mail\\.nl|123456782).*"), result.text());
        assertTrue(result.text().contains("meldt 3-MMC bij zoon"), result.text());
    }
}
