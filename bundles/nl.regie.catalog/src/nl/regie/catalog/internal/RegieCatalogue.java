// SPDX-License-Identifier: EPL-2.0
package nl.regie.catalog.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import nl.regie.catalog.CatalogueContribution;
import nl.regie.model.CostIndication;
import nl.regie.model.Domain;
import nl.regie.model.EvidenceLevel;
import nl.regie.model.Intervention;
import nl.regie.model.PartnerKind;
import nl.regie.model.Pillar;
import nl.regie.model.RegieFactory;
import nl.regie.model.SettingKind;

/**
 * Regie's own catalogue: the interventions the seed names, with only what a public source gives
 * ({@code docs/REFERENCE.md} of the project's shared documents). A recognition level is set only where a source gives
 * it; every other entry stays "not assessed", and no cost indication is given because no source gives one. No other
 * interventions are listed: their facts have not been gathered yet, and a catalogue that guesses does harm.
 */
@Component(service = CatalogueContribution.class, property = "service.ranking:Integer=100")
public final class RegieCatalogue implements CatalogueContribution {

    /** The name users see. */
    public static final String NAME = "Regie";

    private static final RegieFactory F = RegieFactory.eINSTANCE;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Intervention> interventions() {
        List<Intervention> entries = new ArrayList<>();
        Intervention help = entry(entries, "help-mijn-kind-kan-niet-zonder", "Help, mijn kind kan niet zonder",
                "Oudercursus: intake, vijf groepsbijeenkomsten van twee uur en huiswerkopdrachten; kan ook online. Doel:"
                        + " opvoedstress verminderen door positieve opvoedvaardigheden te versterken. Randvoorwaarden:"
                        + " financiering door de gemeente of anderen, een getrainde trainer, genoeg aanmeldingen,"
                        + " verwijzing vanuit de verslavingszorg.",
                "Verslavingszorg (jeugdzorg mogelijk)", PartnerKind.ADDICTION_CARE_PREVENTION,
                List.of(Pillar.DEMAND_REDUCTION), List.of(Domain.SOCIAL, Domain.HEALTH),
                List.of(SettingKind.HOME, SettingKind.CARE, SettingKind.ONLINE),
                List.of("Ouders van jongeren van 12-23 jaar met problematisch middelengebruik"),
                "Loket Gezond Leven, interventiedatabase, record 1401266");
        help.setEvidenceLevel(EvidenceLevel.WELL_FOUNDED);
        help.setRecognitionDate(LocalDate.of(2021, 11, 25));
        help.setRecognitionSource("Loket Gezond Leven, interventiedatabase, record 1401266");

        entry(entries, "helder-op-school", "Helder op School",
                "Programma voor het voortgezet onderwijs met vier onderdelen: schoolbeleid en regels (afspraken,"
                        + " handhaving, sancties, communicatie), kant-en-klare lessen, ondersteuning bij signaleren, en"
                        + " omgeving en ouders. Uitvoering met GGD en preventiewerkers van de verslavingszorg, die daarvoor"
                        + " getraind zijn. Een plan voor het eerste jaar, daarna jaarlijks een evaluatie met een checklist"
                        + " en elke twee jaar een implementatiemonitor.",
                "Trimbos-instituut", PartnerKind.SCHOOL, List.of(Pillar.DEMAND_REDUCTION),
                List.of(Domain.HEALTH, Domain.SOCIAL), List.of(SettingKind.SCHOOL),
                List.of("Leerlingen voortgezet onderwijs", "Ouders"), "Trimbos-instituut, Helder op School");

        entry(entries, "training-horecapersoneel", "Training horecapersoneel: omgaan met middelengebruik",
                "Training van medewerkers en beveiliging in het uitgaansleven in het herkennen van en omgaan met mensen"
                        + " onder invloed; de Healthy Nightlife Toolbox verzamelt geëvalueerde interventies voor het"
                        + " uitgaansleven.",
                null, PartnerKind.OTHER, List.of(Pillar.DEMAND_REDUCTION, Pillar.HARM_REDUCTION),
                List.of(Domain.SAFETY, Domain.HEALTH), List.of(SettingKind.NIGHTLIFE),
                List.of("Horecapersoneel en beveiliging"), "Healthy Nightlife Toolbox (EU-drugsagentschap)");

        entry(entries, "huisregels-en-afspraken-uitgaansgebied", "Huisregels en afspraken over dealen in het uitgaansgebied",
                "Huisregels van horecaondernemers en afspraken tussen politie, beveiliging en ondernemers over het"
                        + " signaleren en aanpakken van dealers en over wat te doen bij incidenten.",
                null, PartnerKind.NIGHTLIFE_BUSINESS, List.of(Pillar.SUPPLY_REDUCTION, Pillar.HARM_REDUCTION),
                List.of(Domain.SAFETY), List.of(SettingKind.NIGHTLIFE),
                List.of("Uitgaanders", "Horecaondernemers en beveiliging"), "Voorbeeldscenario (seed): afspraken tussen"
                        + " politie, beveiliging en horeca; Healthy Nightlife Toolbox (EU-drugsagentschap)");

        entry(entries, "preventieaanbod-verslavingszorg", "Preventieaanbod van de verslavingszorg",
                "Het preventieaanbod van de regionale instelling voor verslavingszorg: voorlichting aan professionals en"
                        + " ouders, deskundigheidsbevordering en vroegsignalering, in afstemming met de gemeente.",
                "Regionale instelling voor verslavingszorg", PartnerKind.ADDICTION_CARE_PREVENTION,
                List.of(Pillar.DEMAND_REDUCTION), List.of(Domain.HEALTH), List.of(SettingKind.SCHOOL, SettingKind.STREET,
                        SettingKind.HOME),
                List.of("Jongeren", "Ouders", "Professionals"), "Voorbeeldscenario (seed): het verslavingspreventieaanbod");

        entry(entries, "jeugdzorg-met-verslavingszorg", "Jeugdzorg en verslavingszorg samen",
                "Jeugdzorg die samenwerkt met de verslavingszorg voor jongeren bij wie gebruik al speelt, naast"
                        + " problemen thuis of op school.",
                null, PartnerKind.YOUTH_CARE, List.of(Pillar.DEMAND_REDUCTION, Pillar.HARM_REDUCTION),
                List.of(Domain.SOCIAL, Domain.HEALTH), List.of(SettingKind.CARE, SettingKind.HOME),
                List.of("Jongeren met problematisch gebruik"), "Voorbeeldscenario (seed): jeugdzorg met verslavingszorg");

        Intervention once = entry(entries, "eenmalige-drugsvoorlichting-in-de-klas", "Eenmalige drugsvoorlichting in de klas",
                "Een losse voorlichtingsles over drugs in de klas.", null, PartnerKind.OTHER,
                List.of(Pillar.DEMAND_REDUCTION), List.of(Domain.HEALTH), List.of(SettingKind.SCHOOL),
                List.of("Leerlingen"), "de Jonge en Onrust, 'Drugsvoorlichting in de klas - een slecht idee',"
                        + " Tijdschrift Verslaving & Herstel, 2023");
        once.setNotRecommended(true);
        once.setNotRecommendedReason("Eenmalige voorlichtingslessen in de klas kunnen averechts werken (de Jonge en"
                + " Onrust, 'Drugsvoorlichting in de klas - een slecht idee', Tijdschrift Verslaving & Herstel, 2023).");
        return entries;
    }

    private static Intervention entry(List<Intervention> entries, String id, String name, String description,
            String provider, PartnerKind providerKind, List<Pillar> pillars, List<Domain> domains,
            List<SettingKind> settings, List<String> groups, String source) {
        Intervention intervention = F.createIntervention();
        intervention.setId("regie-" + id);
        intervention.setName(name);
        intervention.setDescription(description);
        intervention.setProvider(provider);
        intervention.setProviderKind(providerKind);
        intervention.setEvidenceLevel(EvidenceLevel.NOT_ASSESSED);
        intervention.setCostIndication(CostIndication.UNKNOWN);
        intervention.setSourceReference(source);
        intervention.setCatalogue(NAME);
        intervention.getPillars().addAll(pillars);
        intervention.getDomains().addAll(domains);
        intervention.getSettings().addAll(settings);
        intervention.getTargetGroups().addAll(groups);
        entries.add(intervention);
        return intervention;
    }
}
