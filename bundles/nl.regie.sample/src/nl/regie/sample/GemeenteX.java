// SPDX-License-Identifier: EPL-2.0
package nl.regie.sample;

import java.time.LocalDate;
import java.util.List;

import nl.regie.model.Action;
import nl.regie.model.ActionPlan;
import nl.regie.model.ActionStatus;
import nl.regie.model.Agreement;
import nl.regie.model.Area;
import nl.regie.model.ConcernLevel;
import nl.regie.model.Confidence;
import nl.regie.model.Direction;
import nl.regie.model.Domain;
import nl.regie.model.EvidenceLevel;
import nl.regie.model.Goal;
import nl.regie.model.Indicator;
import nl.regie.model.Intervention;
import nl.regie.model.Involvement;
import nl.regie.model.Municipality;
import nl.regie.model.Partner;
import nl.regie.model.PartnerKind;
import nl.regie.model.PartnerRole;
import nl.regie.model.Pillar;
import nl.regie.model.Policy;
import nl.regie.model.PolicyStatus;
import nl.regie.model.RegieFactory;
import nl.regie.model.Setting;
import nl.regie.model.SettingKind;
import nl.regie.model.Signal;
import nl.regie.model.SignalStatus;
import nl.regie.model.Substance;
import nl.regie.model.TargetGroup;
import nl.regie.model.Track;
import nl.regie.model.RoundTable;
import nl.regie.model.Concern;
import nl.regie.model.ConcernKind;

/**
 * Builds the example municipality "Gemeente X" from the Trimbos-instituut blog "Gemeenten zijn de motor voor
 * drugspreventie (deel 1)": the 3-MMC signals from nightlife, youth work and police, the partners at the table, and
 * the five tracks of the multi-track plan (meersporenbeleid). Every new user and every test starts from it.
 *
 * <p>What the blog tells is kept as told. What it leaves open (dates, areas, the policy's title and period) is
 * illustrative and marked so in the descriptions; no budgets or indicator figures are invented: they stay empty.
 */
public final class GemeenteX {

    /** Name of the example municipality. */
    public static final String NAME = "Gemeente X";

    private static final RegieFactory F = RegieFactory.eINSTANCE;
    private static final String ILLUSTRATIVE = " (Voorbeeld; data en details zijn illustratief.)";

    private final Municipality municipality = F.createMunicipality();

    private GemeenteX() {
    }

    /** A new, complete copy of the example municipality; callers may change it freely. */
    public static Municipality create() {
        GemeenteX x = new GemeenteX();
        x.build();
        return x.municipality;
    }

    private void build() {
        municipality.setId("gemx");
        municipality.setName(NAME);
        municipality.setDescription("Voorbeeldgemeente uit de blog 'Gemeenten zijn de motor voor drugspreventie (deel 1)'"
                + " van het Trimbos-instituut: signalen over 3-MMC-gebruik leiden tot een meersporenbeleid.");

        // Partners at the table (veldpartijen)
        Partner gemeente = partner("gemeente", "Gemeente X, team Gezondheid", PartnerKind.MUNICIPAL_DEPARTMENT, Domain.HEALTH,
                "Regievoerder en verbinder; het gezondheidsdomein is trekker.");
        Partner ivz = partner("ivz", "Preventie, regionale instelling voor verslavingszorg", PartnerKind.ADDICTION_CARE_PREVENTION,
                Domain.HEALTH, "Preventie-afdeling van de regionale instelling voor verslavingszorg (IVZ).");
        Partner ggd = partner("ggd", "GGD", PartnerKind.PUBLIC_HEALTH_SERVICE, Domain.HEALTH, "Publieke gezondheidszorg.");
        Partner jongerenwerk = partner("jongerenwerk", "Jongerenwerk", PartnerKind.YOUTH_WORK, Domain.SOCIAL,
                "Heeft aan de bel getrokken over een klein groepje minderjarigen.");
        Partner horeca = partner("horeca", "Horecaondernemers uitgaansgebied", PartnerKind.NIGHTLIFE_BUSINESS, Domain.SAFETY,
                "Enkele horecaondernemers en hun personeel.");
        Partner beveiliging = partner("beveiliging", "Beveiliging uitgaansgebied", PartnerKind.SECURITY, Domain.SAFETY, null);
        Partner politie = partner("wijkpolitie", "Wijkpolitie", PartnerKind.POLICE, Domain.SAFETY, null);
        Partner jeugdzorg = partner("jeugdzorg", "Jeugdzorg", PartnerKind.YOUTH_CARE, Domain.SOCIAL, null);
        Partner scholen = partner("scholen-vo", "Scholen voortgezet onderwijs", PartnerKind.SCHOOL, Domain.SOCIAL, null);

        // Areas, substances, groups and settings
        Area centrum = area("centrum", "Centrum (uitgaansgebied)");
        area("noord", "Noord");
        area("zuid", "Zuid");

        Substance mmc = substance("3mmc", "3-MMC", true, "3-methylmethcathinon", "3MMC");
        Substance cannabis = substance("cannabis", "Cannabis", false, "wiet", "hasj");
        substance("mdma", "MDMA/XTC", false, "xtc", "molly");
        Substance alcohol = substance("alcohol", "Alcohol", false);

        TargetGroup minderjarigen = group("minderjarigen-straat", "Minderjarige jongeren op straat", 12, 17,
                "Klein groepje minderjarigen dat veel op straat hangt; naast problemen thuis een zorgelijk patroon van"
                        + " gebruik van verschillende middelen; al in beeld bij politie en jeugdzorg.");
        TargetGroup uitgaanders = group("uitgaanders", "Jongeren in het uitgaansleven", 18, null, null);
        TargetGroup ouders = group("ouders", "Ouders van jongeren met middelengebruik", null, null, null);
        TargetGroup leerlingen = group("leerlingen-vo", "Leerlingen voortgezet onderwijs", 12, 18, null);
        TargetGroup horecapersoneel = group("horecapersoneel", "Horecapersoneel en beveiliging", 18, null, null);

        Setting uitgaan = setting("uitgaansleven", "Uitgaansleven", SettingKind.NIGHTLIFE);
        Setting straat = setting("straat", "Straat en hangplekken", SettingKind.STREET);
        Setting school = setting("school", "Scholen voortgezet onderwijs", SettingKind.SCHOOL);
        Setting thuis = setting("thuis", "Thuis", SettingKind.HOME);
        Setting zorg = setting("zorg", "Jeugdzorg en verslavingszorg", SettingKind.CARE);

        // Signals (signalen), as told in the blog
        Signal sUitgaan = signal("s1", LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 20), horeca, uitgaanders, uitgaan, centrum,
                ConcernLevel.HIGH, Confidence.SUSPECTED, SignalStatus.DISCUSSED,
                "Gebruik van 3-MMC gezien onder groepen jongeren in het uitgaanscircuit; gebruik lijkt meer openlijk te"
                        + " gebeuren, bijvoorbeeld op de dansvloer.", mmc);
        Signal sStraat = signal("s2", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), jongerenwerk, minderjarigen, straat, null,
                ConcernLevel.HIGH, Confidence.SUSPECTED, SignalStatus.DISCUSSED,
                "Zorgen over 3-MMC-gebruik van een klein groepje minderjarigen dat veel op straat hangt.", mmc);
        Signal sDealers = signal("s3", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 12), horeca, uitgaanders, uitgaan, centrum,
                ConcernLevel.MODERATE, Confidence.CONFIRMED, SignalStatus.DISCUSSED,
                "Ondernemers melden last van dealers in het uitgaansgebied.");
        Signal sPatroon = signal("s4", LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 24), politie, minderjarigen, straat, null,
                ConcernLevel.HIGH, Confidence.CONFIRMED, SignalStatus.DISCUSSED,
                "De groep minderjarigen is in beeld bij politie en jeugdzorg: naast problemen thuis een zorgelijk patroon"
                        + " van gebruik van verschillende middelen.", mmc, cannabis, alcohol);

        // Intervention catalogue entries named in the blog (facts from REFERENCE.md; unknown levels stay NOT_ASSESSED)
        Intervention helpKind = intervention("help-mijn-kind", "Help, mijn kind kan niet zonder",
                "Oudercursus: intake, vijf groepsbijeenkomsten van twee uur en huiswerkopdrachten; kan ook online. Doel:"
                        + " opvoedstress verminderen door positieve opvoedvaardigheden te versterken.",
                EvidenceLevel.WELL_FOUNDED, LocalDate.of(2021, 11, 25), "Loket Gezond Leven, interventiedatabase 1401266",
                "Verslavingszorg", List.of(Pillar.DEMAND_REDUCTION), List.of(Domain.SOCIAL),
                List.of(SettingKind.HOME, SettingKind.CARE),
                List.of("Ouders van jongeren van 12-23 jaar met problematisch middelengebruik"));
        Intervention helder = intervention("helder-op-school", "Helder op School",
                "Programma voor het voortgezet onderwijs met vier onderdelen: schoolbeleid en regels, kant-en-klare lessen,"
                        + " ondersteuning bij signaleren, en omgeving en ouders. Uitvoering met GGD en preventiewerkers"
                        + " van de verslavingszorg.",
                EvidenceLevel.NOT_ASSESSED, null, null, "Trimbos-instituut", List.of(Pillar.DEMAND_REDUCTION),
                List.of(Domain.HEALTH), List.of(SettingKind.SCHOOL), List.of("Leerlingen voortgezet onderwijs"));
        Intervention training = intervention("training-horeca", "Training horecapersoneel: omgaan met middelengebruik",
                "Training voor professionals in het nachtleven in het herkennen van en omgaan met mensen onder invloed;"
                        + " zie ook de Healthy Nightlife Toolbox.",
                EvidenceLevel.NOT_ASSESSED, null, null, null, List.of(Pillar.DEMAND_REDUCTION, Pillar.HARM_REDUCTION),
                List.of(Domain.SAFETY, Domain.HEALTH), List.of(SettingKind.NIGHTLIFE), List.of("Horecapersoneel en beveiliging"));
        Intervention voorlichting = intervention("eenmalige-voorlichting", "Eenmalige drugsvoorlichting in de klas",
                "Losse voorlichtingsles over drugs in de klas.", EvidenceLevel.NOT_ASSESSED, null, null, null,
                List.of(Pillar.DEMAND_REDUCTION), List.of(Domain.HEALTH), List.of(SettingKind.SCHOOL), List.of("Leerlingen"));
        voorlichting.setNotRecommended(true);
        voorlichting.setNotRecommendedReason("Eenmalige voorlichtingslessen kunnen averechts werken (de Jonge en Onrust,"
                + " 'Drugsvoorlichting in de klas - een slecht idee', Tijdschrift Verslaving & Herstel, 2023).");

        // The policy, its goals and the multi-track plan
        Policy policy = F.createPolicy();
        policy.setId("gemx-beleid");
        policy.setTitle("Lokaal drugspreventiebeleid 2026-2029");
        policy.setStartDate(LocalDate.of(2026, 1, 1));
        policy.setEndDate(LocalDate.of(2029, 12, 31));
        policy.setStatus(PolicyStatus.ACTIVE);
        policy.setDescription("Samenhangend beleid van het sociaal, gezondheids- en veiligheidsdomein langs de drie pijlers"
                + " van het modelplan lokaal drugspreventiebeleid." + ILLUSTRATIVE);
        municipality.getPolicies().add(policy);

        Goal gMinderjarigen = goal(policy, "doel-minderjarigen", "Minder middelengebruik, waaronder 3-MMC, onder minderjarigen",
                minderjarigen, List.of(Pillar.DEMAND_REDUCTION, Pillar.HARM_REDUCTION), List.of(Domain.SOCIAL, Domain.HEALTH));
        indicator(gMinderjarigen, "ind-signalen-minderjarigen", "Signalen over middelengebruik door minderjarigen", "aantal per kwartaal",
                Direction.DECREASE, "Signalen van veldpartijen in Regie", "wijk");
        Goal gKennis = goal(policy, "doel-kennis", "Professionals en ouders weten wat 3-MMC is, kennen de risico's en weten hoe te"
                + " handelen bij (vermoedelijk) gebruik", null, List.of(Pillar.DEMAND_REDUCTION),
                List.of(Domain.SOCIAL, Domain.HEALTH, Domain.SAFETY));
        indicator(gKennis, "ind-getraind-personeel", "Getraind horecapersoneel", "procent", Direction.INCREASE,
                "Registratie trainingen verslavingszorg", null);
        Goal gUitgaan = goal(policy, "doel-uitgaan", "Minder openlijk gebruik en minder dealen in het uitgaansgebied", uitgaanders,
                List.of(Pillar.SUPPLY_REDUCTION, Pillar.DEMAND_REDUCTION), List.of(Domain.SAFETY));
        indicator(gUitgaan, "ind-overlast-dealers", "Meldingen van overlast door dealers", "aantal per kwartaal",
                Direction.DECREASE, "Politie en horeca", null);
        Goal gZorg = goal(policy, "doel-zorg", "Minderjarigen met problematisch gebruik krijgen tijdig passende zorg", minderjarigen,
                List.of(Pillar.HARM_REDUCTION), List.of(Domain.HEALTH, Domain.SOCIAL));
        indicator(gZorg, "ind-ouders-bereikt", "Ouders bereikt met de oudercursus", "aantal", Direction.INCREASE,
                "Verslavingszorg", null);

        ActionPlan plan = F.createActionPlan();
        plan.setId("gemx-plan");
        plan.setTitle("Meersporenplan 3-MMC");
        plan.setDescription("Naar aanleiding van de signalen over 3-MMC gaat de gemeente met de veldpartijen om tafel. Politie,"
                + " jeugdzorg, ouders en jongerenwerkers missen kennis over het middel, de risico's en hoe te handelen bij"
                + " (vermoedelijk) gebruik; horecapersoneel mist handelingsperspectief bij zichtbaar gebruik en bij dealers."
                + " Het plan verbindt vooral bestaande, goede interventies.");
        plan.setStartDate(LocalDate.of(2026, 6, 1));
        plan.setEndDate(LocalDate.of(2027, 12, 31));
        policy.getActionPlans().add(plan);

        Track t1 = track(plan, "spoor-ouders", "Opvoedondersteuning voor ouders", ivz);
        Action a1 = action(t1, "a-oudercursus", "Oudercursus 'Help, mijn kind kan niet zonder'", helpKind, Pillar.DEMAND_REDUCTION,
                Domain.SOCIAL, ivz, ouders, thuis, ActionStatus.PLANNED,
                "Voor de ouders van de groep jongeren, met aandacht voor hoe je als ouder omgaat met het middelengebruik van je kind.");
        involve(a1, jeugdzorg, PartnerRole.REFERRAL, "Verwijst ouders naar de cursus.");
        involve(a1, jongerenwerk, PartnerRole.SIGNALLING, "Brengt ouders in beeld.");
        involve(a1, gemeente, PartnerRole.FUNDING, "Financiert de cursus.");
        link(a1, List.of(sStraat, sPatroon), List.of(gMinderjarigen, gZorg));

        Track t2 = track(plan, "spoor-horeca", "Deskundigheidsbevordering horeca", ivz);
        Action a2 = action(t2, "a-training-horeca", "Training horecapersoneel: herkennen van en omgaan met mensen onder invloed",
                training, Pillar.DEMAND_REDUCTION, Domain.SAFETY, ivz, horecapersoneel, uitgaan, ActionStatus.PLANNED, null);
        involve(a2, horeca, PartnerRole.PARTICIPANT, "Personeel volgt de training.");
        involve(a2, beveiliging, PartnerRole.PARTICIPANT, null);
        link(a2, List.of(sUitgaan), List.of(gKennis, gUitgaan));
        Action a3 = action(t2, "a-huisregels", "Duidelijke huisregels en sociale normen over drugsgebruik communiceren", null,
                Pillar.DEMAND_REDUCTION, Domain.SAFETY, horeca, uitgaanders, uitgaan, ActionStatus.PLANNED, null);
        link(a3, List.of(sUitgaan), List.of(gUitgaan));
        Action a4 = action(t2, "a-afspraken-dealers", "Afspraken tussen politie, beveiliging en ondernemers over dealers en klanten"
                + " onder invloed", null, Pillar.SUPPLY_REDUCTION, Domain.SAFETY, politie, uitgaanders, uitgaan,
                ActionStatus.IN_PROGRESS, null);
        involve(a4, beveiliging, PartnerRole.DELIVERY, null);
        involve(a4, horeca, PartnerRole.DELIVERY, null);
        link(a4, List.of(sDealers), List.of(gUitgaan));

        Track t3 = track(plan, "spoor-school", "Helder op School in het voortgezet onderwijs", scholen);
        Action a5 = action(t3, "a-helder-op-school", "Helder op School uitrollen op de scholen voor voortgezet onderwijs", helder,
                Pillar.DEMAND_REDUCTION, Domain.HEALTH, scholen, leerlingen, school, ActionStatus.PLANNED,
                "Eerst een plan voor het eerste jaar, daarna jaarlijks evalueren met de checklist.");
        involve(a5, ggd, PartnerRole.DELIVERY, null);
        involve(a5, ivz, PartnerRole.DELIVERY, "Preventiewerkers, na de verplichte training.");
        link(a5, List.of(), List.of(gKennis));

        Track t4 = track(plan, "spoor-aanbod", "Verslavingspreventie-aanbod bekender maken", gemeente);
        Action a6 = action(t4, "a-aanbod-bekend", "Het aanbod van de verslavingspreventie breder onder de aandacht brengen", null,
                Pillar.DEMAND_REDUCTION, Domain.HEALTH, gemeente, ouders, null, ActionStatus.PROPOSED, null);
        involve(a6, ivz, PartnerRole.EXPERTISE, null);
        link(a6, List.of(), List.of(gKennis));

        Track t5 = track(plan, "spoor-zorg", "Samenwerking jeugdzorg en verslavingszorg", jeugdzorg);
        Action a7 = action(t5, "a-samenwerking-zorg", "Jeugdzorg werkt nauwer samen met de verslavingszorg in de zorg voor de"
                + " minderjarige groep", null, Pillar.HARM_REDUCTION, Domain.HEALTH, jeugdzorg, minderjarigen, zorg,
                ActionStatus.IN_PROGRESS, null);
        involve(a7, ivz, PartnerRole.DELIVERY, null);
        link(a7, List.of(sPatroon), List.of(gZorg));

        // the actions that respond to the 3-MMC signals answer every 3-MMC cluster, also of signals kept in the store only
        for (Action answering : List.of(a1, a2, a7)) {
            answering.getClusters().add("SUBSTANCE=" + mmc.getId());
        }

        agreement(plan, "afspraak-dealers", "Omgaan met dealers en klanten onder invloed",
                "Heldere afspraken tussen politie, beveiliging en ondernemers.", politie, beveiliging, horeca);
        agreement(plan, "afspraak-signalen", "Hoe we met signalen omgaan",
                "De partijen spreken af hoe zij signalen over middelengebruik delen en opvolgen, en welke kennis en"
                        + " vaardigheden zij daarvoor nodig hebben.",
                gemeente, ivz, ggd, jongerenwerk, horeca, politie, jeugdzorg);

        // The round table (overleg) as the blog tells it; its date is illustrative (the blog gives none)
        RoundTable table = F.createRoundTable();
        table.setId("gemx-overleg-3mmc");
        table.setTitle("Om tafel over 3-MMC");
        table.setDate(LocalDate.of(2026, 4, 14));
        table.getParticipants().addAll(List.of(gemeente, ivz, jongerenwerk, horeca, politie));
        table.setPicture("Bij een groepje minderjarige jongeren speelt, naast problemen thuis, een zorgelijk patroon van gebruik"
                + " van verschillende middelen. In het uitgaanscircuit lijkt het drugsgebruik meer openlijk te gebeuren,"
                + " bijvoorbeeld op de dansvloer. Ondernemers melden last van dealers in het uitgaansgebied. De minderjarigen"
                + " zijn al in beeld bij politie en jeugdzorg.");
        table.getClusters().add("SUBSTANCE=" + mmc.getId());
        table.setPlan(plan);
        concern(table, "zorg-minderjarigen", jongerenwerk, ConcernKind.WORRY,
                "Zorgelijk patroon van middelengebruik bij een groepje minderjarigen, naast problemen thuis.", null);
        concern(table, "zorg-dealers", horeca, ConcernKind.WORRY, "Last van dealers in het uitgaansgebied.", a4);
        String lacking = "Onvoldoende kennis over het middel, de risico's en hoe om te gaan met (vermoedelijk) gebruik.";
        concern(table, "kennis-politie", politie, ConcernKind.KNOWLEDGE_GAP, lacking, null);
        concern(table, "kennis-jeugdzorg", jeugdzorg, ConcernKind.KNOWLEDGE_GAP, lacking, null);
        concern(table, "kennis-jongerenwerk", jongerenwerk, ConcernKind.KNOWLEDGE_GAP, lacking, null);
        concern(table, "handelingsperspectief-horeca", horeca, ConcernKind.SKILL_GAP, "Horecapersoneel mist"
                + " handelingsperspectief bij zichtbaar gebruik of onder invloed zijn, en bij (overlast van) dealers.", a2);
        table.getActions().addAll(List.of(a1, a2, a3, a4, a5, a6, a7));
        municipality.getRoundTables().add(table);
    }

    private static void concern(RoundTable table, String id, Partner partner, ConcernKind kind, String text, Action answeredBy) {
        Concern concern = F.createConcern();
        concern.setId("gemx-" + id);
        concern.setPartner(partner);
        concern.setKind(kind);
        concern.setText(text);
        concern.setAnsweredBy(answeredBy);
        table.getConcerns().add(concern);
    }

    private Partner partner(String id, String name, PartnerKind kind, Domain domain, String description) {
        Partner partner = F.createPartner();
        partner.setId("gemx-partner-" + id);
        partner.setName(name);
        partner.setKind(kind);
        partner.setDomain(domain);
        partner.setDescription(description);
        municipality.getPartners().add(partner);
        return partner;
    }

    private Area area(String id, String name) {
        Area area = F.createArea();
        area.setId("gemx-wijk-" + id);
        area.setName(name);
        area.setDescription("Illustratieve wijk.");
        municipality.getAreas().add(area);
        return area;
    }

    private Substance substance(String id, String name, boolean newPsychoactive, String... aliases) {
        Substance substance = F.createSubstance();
        substance.setId("gemx-middel-" + id);
        substance.setName(name);
        substance.setNewPsychoactive(newPsychoactive);
        substance.getAliases().addAll(List.of(aliases));
        municipality.getSubstances().add(substance);
        return substance;
    }

    private TargetGroup group(String id, String name, Integer minimumAge, Integer maximumAge, String description) {
        TargetGroup group = F.createTargetGroup();
        group.setId("gemx-doelgroep-" + id);
        group.setName(name);
        group.setMinimumAge(minimumAge);
        group.setMaximumAge(maximumAge);
        group.setDescription(description);
        municipality.getTargetGroups().add(group);
        return group;
    }

    private Setting setting(String id, String name, SettingKind kind) {
        Setting setting = F.createSetting();
        setting.setId("gemx-setting-" + id);
        setting.setName(name);
        setting.setKind(kind);
        municipality.getSettings().add(setting);
        return setting;
    }

    private Signal signal(String id, LocalDate observed, LocalDate reported, Partner source, TargetGroup group, Setting setting,
            Area area, ConcernLevel concern, Confidence confidence, SignalStatus status, String description,
            Substance... substances) {
        Signal signal = F.createSignal();
        signal.setId("gemx-signaal-" + id);
        signal.setObservedOn(observed);
        signal.setReportedOn(reported);
        signal.setSource(source);
        signal.setTargetGroup(group);
        signal.setSetting(setting);
        signal.setArea(area);
        signal.setConcern(concern);
        signal.setConfidence(confidence);
        signal.setStatus(status);
        signal.setDescription(description);
        signal.getSubstances().addAll(List.of(substances));
        municipality.getSignals().add(signal);
        return signal;
    }

    private Intervention intervention(String id, String name, String description, EvidenceLevel level, LocalDate recognised,
            String source, String provider, List<Pillar> pillars, List<Domain> domains, List<SettingKind> settings,
            List<String> groups) {
        Intervention intervention = F.createIntervention();
        intervention.setId("gemx-interventie-" + id);
        intervention.setName(name);
        intervention.setDescription(description);
        intervention.setEvidenceLevel(level);
        intervention.setRecognitionDate(recognised);
        intervention.setRecognitionSource(source);
        intervention.setProvider(provider);
        intervention.getPillars().addAll(pillars);
        intervention.getDomains().addAll(domains);
        intervention.getSettings().addAll(settings);
        intervention.getTargetGroups().addAll(groups);
        municipality.getInterventions().add(intervention);
        return intervention;
    }

    private static Goal goal(Policy policy, String id, String statement, TargetGroup group, List<Pillar> pillars,
            List<Domain> domains) {
        Goal goal = F.createGoal();
        goal.setId("gemx-" + id);
        goal.setStatement(statement);
        goal.setTargetGroup(group);
        goal.getPillars().addAll(pillars);
        goal.getDomains().addAll(domains);
        policy.getGoals().add(goal);
        return goal;
    }

    private static void indicator(Goal goal, String id, String name, String unit, Direction direction, String source,
            String disaggregation) {
        Indicator indicator = F.createIndicator();
        indicator.setId("gemx-" + id);
        indicator.setName(name);
        indicator.setUnit(unit);
        indicator.setDirection(direction);
        indicator.setDataSource(source);
        indicator.setDescription("Nulmeting en streefwaarde nog vast te stellen.");
        if (disaggregation != null) {
            indicator.getDisaggregation().add(disaggregation);
        }
        goal.getIndicators().add(indicator);
    }

    /** A track led by the partner that owns its first action (the seed names no leads for tracks). */
    private static Track track(ActionPlan plan, String id, String name, Partner lead) {
        Track track = F.createTrack();
        track.setId("gemx-" + id);
        track.setName(name);
        track.setOwner(lead);
        plan.getTracks().add(track);
        return track;
    }

    private static Action action(Track track, String id, String title, Intervention intervention, Pillar pillar, Domain domain,
            Partner owner, TargetGroup group, Setting setting, ActionStatus status, String description) {
        Action action = F.createAction();
        action.setId("gemx-" + id);
        action.setTitle(title);
        action.setIntervention(intervention);
        action.setPillar(pillar);
        action.setDomain(domain);
        action.setOwner(owner);
        action.setTargetGroup(group);
        action.setSetting(setting);
        action.setStatus(status);
        action.setDescription(description);
        ActionPlan plan = (ActionPlan) track.eContainer();
        action.setStartDate(plan.getStartDate());
        action.setEndDate(plan.getEndDate());
        track.getActions().add(action);
        return action;
    }

    private static void involve(Action action, Partner partner, PartnerRole role, String description) {
        Involvement involvement = F.createInvolvement();
        involvement.setId(action.getId() + "-" + partner.getId().substring("gemx-partner-".length()));
        involvement.setPartner(partner);
        involvement.setRole(role);
        involvement.setDescription(description);
        action.getInvolvements().add(involvement);
    }

    private static void link(Action action, List<Signal> signals, List<Goal> goals) {
        action.getSignals().addAll(signals);
        action.getGoals().addAll(goals);
    }

    private static void agreement(ActionPlan plan, String id, String title, String description, Partner... partners) {
        Agreement agreement = F.createAgreement();
        agreement.setId("gemx-" + id);
        agreement.setTitle(title);
        agreement.setDescription(description);
        agreement.setAgreedOn(LocalDate.of(2026, 5, 12));
        agreement.setReviewOn(LocalDate.of(2027, 5, 12));
        agreement.getPartners().addAll(List.of(partners));
        plan.getAgreements().add(agreement);
    }
}
