package org.alukg.ontology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sample of the second fact sheet's rows (the addendum), chosen across all its sections: for each, the fact is in
 * the curated graph, told by a node that cites the row's source address, and that source carries the row's date.
 * A fact is a SPARQL group pattern that binds {@code ?node}, the node whose {@code dct:source} is checked. A date is
 * written as the sheet writes it: an ISO date, month or year that must be the source's {@code dct:date}; "n.d." for a
 * source marked {@code alu:undated true}; or, where the graph cannot hold the sheet's date as a date ("2012-2013"),
 * words the source's comment must contain.
 */
class AddendumFactsTest {

    private static final String PREFIXES = """
        PREFIX alu:    <https://w3id.org/alukg/ontology#>
        PREFIX dct:    <http://purl.org/dc/terms/>
        PREFIX org:    <http://www.w3.org/ns/org#>
        PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
        PREFIX schema: <http://schema.org/>
        PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
        PREFIX ag:     <https://w3id.org/alukg/id/org/>
        PREFIX site:   <https://w3id.org/alukg/id/site/>
        PREFIX reg:    <https://w3id.org/alukg/id/region/>
        PREFIX prod:   <https://w3id.org/alukg/id/product/>
        PREFIX ind:    <https://w3id.org/alukg/id/industry/>
        PREFIX stat:   <https://w3id.org/alukg/id/statistic/>
        PREFIX area:   <https://w3id.org/alukg/id/area/>
        """;

    /** The sections of the addendum the sample must cover. */
    private static final Set<String> SECTIONS = Set.of("A1", "A2", "A3", "A4", "B", "C", "D", "E", "F", "G");

    record Fact(String section, String row, String what, String pattern, String source, String date) {
        @Override
        public String toString() { return section + " " + row + ": " + what; }
    }

    /** The sample: | section | row | fact | pattern binding ?node | source | date |. */
    private static final String SAMPLE = """
        | section | row | fact | pattern binding ?node | source | date |
        |---|---|---|---|---|---|
        | A1 | #1 | Paber Aluminium, founded in 1981, in Chaudière-Appalaches | BIND(ag:paber-aluminium AS ?node) ?node alu:foundedIn "1981"^^xsd:gYear ; alu:region reg:chaudiere-appalaches ; alu:municipality "Cap-Saint-Ignace" . | https://cqrda.ca/al13/entreprises-innovantes/le-virage-de-la-robotisation-chez-paber-aluminium/ | n.d. |
        | A1 | #1 | Bryan Paris president of Paber Aluminium from 2022 | ag:paber-aluminium alu:leadership ?node . ?node alu:personName "Bryan Paris" ; alu:role "president" ; alu:startedIn "2022"^^xsd:gYear . | https://cmatv.ca/bryan-paris-devient-le-nouveau-president-de-paber-aluminium-2022-05-26 | 2022-05-26 |
        | A1 | #2 | Moulage sous pression AMT: 195 employees (2014) | ag:moulage-sous-pression-amt alu:employees ?node . ?node alu:count 195 ; alu:unit alu:Employees ; alu:asOf "2014"^^xsd:gYear . | https://www.lapresse.ca/affaires/pme/201405/28/01-4770623-faire-plus-et-faire-mieux.php | 2014-05-28 |
        | A1 | #2 | AMT's region Bas-Saint-Laurent is only inferred: kept apart at low confidence | ag:moulage-sous-pression-amt alu:inferredValue ?node . ?node alu:region reg:bas-saint-laurent ; alu:confidence alu:LowConfidence . FILTER NOT EXISTS { ag:moulage-sous-pression-amt alu:region ?r } | https://www.lapresse.ca/affaires/pme/201405/28/01-4770623-faire-plus-et-faire-mieux.php | 2014-05-28 |
        | A1 | #4 | Sonaca Montréal's $7.5 M machining centre inaugurated in December 2017 | ag:sonaca-montreal alu:milestone ?node . ?node a alu:Milestone ; alu:date "2017-12"^^xsd:gYearMonth . | http://fr.canoe.ca/argent/actualites/archives/2017/12/20171212-082215.html | 2017-12-12 |
        | A1 | #5 | Stobia began production on 8 December 2020 | ag:stobia alu:milestone ?node . ?node alu:date "2020-12-08"^^xsd:date . | https://news.cnal.com/2020/12-10/1607571085562115.shtml | 2020-12-10 |
        | A1 | #6 | Cycles Devinci: more than 70 employees at Chicoutimi (2017) | ag:cycles-devinci alu:employees ?node . ?node alu:count 70 ; alu:isMinimum true ; alu:unit alu:Employees ; alu:asOf "2017"^^xsd:gYear . | http://www.lapresse.ca/le-quotidien/actualites/economie/201709/22/01-5135982-devinci-deroche-un-gros-contrat-au-bresil.php | 2017-09-22 |
        | A1 | #14 | Remac Industries bankrupt: lots auctioned in February 2016 | ag:remac alu:milestone ?node . ?node alu:date "2016-02"^^xsd:gYearMonth . | http://www.lapresse.ca/le-quotidien/actualites/201602/17/01-4951794-remac-aux-encheres.php | 2016-02-17 |
        | A1 | #15 | MAADI Group opened its Boucherville offices on 17 July 2015 | ag:maadi-group alu:milestone ?node . ?node alu:date "2015-07-17"^^xsd:date . | http://www.makeabridge.com/nouvelles.php?id=203 | 2015-08-28 |
        | A1 | #16 | Letenda founded in 2017 according to La Presse | ag:letenda alu:founding ?node . ?node alu:year "2017"^^xsd:gYear . FILTER NOT EXISTS { ag:letenda alu:foundedIn ?y } | https://www.lapresse.ca/affaires/entreprises/2022-09-07/autobus-electriques/une-premiere-commande-pour-letenda.php | 2022-09-07 |
        | A1 | #18 | AIM Recyclage Montréal's region Montréal is only inferred | ag:aim-recyclage-montreal alu:inferredValue ?node . ?node alu:region reg:montreal ; alu:confidence alu:LowConfidence . | https://www.lapresse.ca/affaires/portfolio/2021-10-21/aluminium/des-tonnes-d-aluminium-recupere-quittent-le-quebec.php | 2021-10-21 |
        | A1 | #22 | OVHcloud on the former Beauharnois smelter site, in Montérégie | BIND(ag:ovhcloud AS ?node) ?node alu:municipality "Beauharnois" ; alu:region reg:monteregie . | https://www.riotinto.com/can/canada-operations/Saguenay/saguenay-communities | n.d. |
        | A2 | #23 | Mecfor and Advanced Dynamics merged into EPIQ Machinerie on 24 August 2021 | ?node a alu:Merger ; alu:mergedOrganization ag:mecfor , ag:advanced-dynamics ; alu:resultingOrganization ag:epiq-machinerie ; alu:date "2021-08-24"^^xsd:date . | https://www.journaldemontreal.com/2021/08/24/mecfor-fusionne-avec-un-autre-equipementier-de-saint-bruno-de-montarville | 2021-08-24 |
        | A2 | #24 | Advanced Dynamics at Saint-Bruno-de-Montarville, Montérégie | BIND(ag:advanced-dynamics AS ?node) ?node alu:municipality "Saint-Bruno-de-Montarville" ; alu:region reg:monteregie . | https://www.journaldemontreal.com/2021/08/24/mecfor-fusionne-avec-un-autre-equipementier-de-saint-bruno-de-montarville | 2021-08-24 |
        | A2 | #25 | Mecfor: revenue near $25 M (2015), in Canadian dollars | ag:mecfor alu:revenue ?node . ?node alu:amount 25000000 ; alu:currency "CAD" ; alu:asOf "2015"^^xsd:gYear . | http://www.lapresse.ca/le-quotidien/actualites/personnalite-du-mois/201506/28/01-4881528-mecfor-a-le-vent-dans-les-voiles.php | 2015-06-28 |
        | A2 | #26 | Groupe Ceger headed by Jeannot Harvey (2011) | ag:groupe-ceger alu:leadership ?node . ?node alu:personName "Jeannot Harvey" ; alu:asOf "2011"^^xsd:gYear . | https://informeaffaires.com/sites/informeaffaires.com/files/flipping_book/2011-06/files/assets/seo/page4.html | 2011-06 |
        | A2 | #27 | SEFAR-BDH: 40 employees at its Chicoutimi division | ag:sefar-bdh alu:employees ?node . ?node alu:count 40 ; alu:unit alu:Employees . | https://www.lequotidien.com/affaires/sefar-mise-sur-le-secteur-minier-et-sur-la-chine-ff03626049415536cbce794fa97297ca | n.d. |
        | A3 | #34 | Robotics Design, named as a maker on the CQRDA cover, at low confidence | BIND(ag:robotics-design AS ?node) ?node a alu:Manufacturer ; alu:confidence alu:LowConfidence . | https://fdocuments.fr/document/plan-quinquennal.html | 2012-2013 |
        | A4 | #41 | CEE-UQAC created in 1998 according to Informe Affaires (2018) | ag:cee-uqac alu:founding ?node . ?node alu:year "1998"^^xsd:gYear . | https://informeaffaires.com/index.php/node/5220 | 2018-08 |
        | A4 | #43 | Rio Tinto's RED team, a Rio Tinto unit since 2004 | BIND(ag:rio-tinto-red AS ?node) ?node org:subOrganizationOf ag:rio-tinto ; alu:foundedIn "2004"^^xsd:gYear . | https://www.riotinto.com/en/can/canada-operations/saguenay/saguenay-communities | n.d. |
        | A4 | #44 | HIFA, a $30 M innovation centre (2022) | ag:hifa alu:investment ?node . ?node alu:amount 30000000 ; alu:currency "CAD" ; alu:asOf "2022"^^xsd:gYear . | https://www.lapresse.ca/affaires/portfolio/2022-03-22/aluminium-et-innovation/cqrda-30-ans-et-1000-projets-plus-tard.php | 2022-03-22 |
        | B | Pexal → Devinci | Pexal Tecalum Canada supplies Cycles Devinci with aluminium tubes (2021) | ?node a alu:SupplyRelationship ; alu:supplier ag:pexal-tecalum ; alu:customer ag:cycles-devinci ; alu:product prod:tubes . ag:pexal-tecalum alu:suppliesTo ag:cycles-devinci . | https://www.lequotidien.com/2021/03/24/devinci-fabriquera-les-velos-pour-la-ville-de-quebec-video-6c15ccd6f10fd236c1d131f13d55dd56/ | 2021-03-24 |
        | B | Lefebvre → Alcoa | Lefebvre Industri-AL supplies the Baie-Comeau smelter (alloy products, recycling) | ?node alu:supplier ag:lefebvre-industri-al ; alu:customer site:baie-comeau ; alu:product prod:recycling-services . | https://www.lemanic.ca/2024/10/04/un-procede-nord-cotier-finaliste-aux-prix-eureka/ | 2024-10-04 |
        | B | Sonaca → Bombardier | Sonaca Montréal supplies Bombardier with aluminium wing panels | ?node alu:supplier ag:sonaca-montreal ; alu:customer ag:bombardier ; alu:product prod:aerostructure-parts . | https://www.lapresse.ca/affaires/economie/200901/06/01-679981-la-belge-sonaca-prefere-mirabel-a-wichita.php | 2009-01 |
        | B | Letenda → Vermont | Letenda sells four Electrip e-buses to the Vermont Agency of Transportation (2022) | ?node alu:supplier ag:letenda ; alu:customer ag:vermont-agency-of-transportation ; alu:asOf "2022"^^xsd:gYear . | https://www.ledevoir.com/economie/753774/la-quebecoise-letenda-livrera-quatre-bus-electriques-au-vermont | 2022-09 |
        | B | RED → Letenda | Rio Tinto's RED team invested $650,000 in Letenda: funding, not supply | ?node a alu:Funding ; alu:funder ag:rio-tinto-red ; alu:recipient ag:letenda ; alu:amount 650000 ; alu:currency "CAD" . FILTER NOT EXISTS { ag:rio-tinto-red alu:suppliesTo ag:letenda } | https://www.riotinto.com/en/can/canada-operations/saguenay/saguenay-communities | n.d. |
        | B | DEC → Stobia | CED's repayable contribution of $268,795 to Stobia (November 2020) | ?node a alu:Funding ; alu:funder ag:ced ; alu:recipient ag:stobia ; alu:amount 268795 ; alu:fundingForm "repayable contribution" . | https://informeaffaires.com/regional/aluminium/une-usine-de-contenants-alimentaires-en-aluminium-a-saguenay?fbclid=IwAR3H7aVTABgtPt0U3iUl8IhWjokJsmeSX-L0B7HqjxiWGNA508kv6Ko4j-c | 2020-11 |
        | B | Québec → AMT | Québec's $10 M loan to Moulage sous pression AMT (2014) | ?node a alu:Funding ; alu:funder ag:government-of-quebec ; alu:recipient ag:moulage-sous-pression-amt ; alu:amount 10000000 ; alu:fundingForm "loan" . | https://www.lapresse.ca/affaires/pme/201405/28/01-4770623-faire-plus-et-faire-mieux.php | 2014-05-28 |
        | B | DEC → CTE | CED put about $9 M into the Alma extrusion centre (2014) | ?node a alu:Funding ; alu:funder ag:ced ; alu:recipient site:cte-alma ; alu:amount 9000000 ; alu:approximate true . | https://lelacstjean.com/actualite/la-nouvelle-usine-dextrusion-de-laluminium-impressionne/ | 2014-10-17 |
        | B | Verbom → Jaguar | Verbom supplies Jaguar with thermoformed aluminium parts (2022) | ?node alu:supplier ag:verbom ; alu:customer ag:jaguar ; alu:product prod:formed-parts . | https://www.lapresse.ca/affaires/portfolio/2022-03-22/aluminium-et-innovation/nul-n-est-prophete-en-son-pays.php | 2022-03-22 |
        | B | Brochot → Mecfor | Mecfor bought Brochot's intellectual property (2015): an acquisition, not supply | ?node a alu:Acquisition ; alu:acquirer ag:mecfor ; alu:seller ag:brochot ; alu:year "2015"^^xsd:gYear . | http://www.lapresse.ca/le-quotidien/actualites/personnalite-du-mois/201506/28/01-4881528-mecfor-a-le-vent-dans-les-voiles.php | 2015-06-28 |
        | C | Sefar BDH | Sefar BDH chairs AluQuébec's board through Yves Tremblay (2023) | ?node org:member ag:sefar-bdh ; org:organization ag:aluquebec-board ; org:role alu:BoardChair ; alu:personName "Yves Tremblay" . | https://aluquebec.com/publications/communiques/une-assemblee-sur-fond-de-celebration-pour-aluquebec | 2023-05-29 |
        | C | AAC | The AAC holds the secretary's seat (Jean Simard, 2023) | ?node org:member ag:aac ; org:organization ag:aluquebec-board ; org:role alu:BoardSecretary ; alu:personName "Jean Simard" . | https://aluquebec.com/publications/communiques/une-assemblee-sur-fond-de-celebration-pour-aluquebec | 2023-05-29 |
        | C | working group | Norda Stelo in AluQuébec's infrastructure working group (Christophe Rigert, 2017) | ?node org:member ag:norda-stelo ; org:organization ag:aluquebec-infrastructure-working-group ; alu:personName "Christophe Rigert" . | http://cahiers.lequotidien.com/cahiers_speciaux/2017/aluminium2017/files/assets/basic-html/page10.html | 2017 |
        | C | Pexal consortium | Integr-AL is a member of the Pexal Tecalum Canada consortium (2013) | ?node org:member ag:integr-al ; org:organization ag:pexal-tecalum ; alu:startedIn "2013"^^xsd:gYear . | https://www.lelacstjean.com/actualites/582204/lentreprise-pexal-tecalum-canada-est-retenue-pour-le-projet-almatois | 2013-10-03 |
        | C | Transition 4.0 | AluQuébec and the Réseau Trans-Al run the Transition 4.0 cohort (2018) | ?node a alu:Partnership ; alu:partner ag:aluquebec , ag:trans-al , ag:merkur ; alu:startedIn "2018"^^xsd:gYear . | http://aluquebec.com/fr | 2018 |
        | D | recycling count | 49 firms do secondary transformation (recycling), beside the mapping's 132 recyclers | ?node alu:statistic stat:recyclers ; alu:area area:quebec ; alu:value 49 . ?other alu:statistic stat:recyclers ; alu:value 132 . | http://aluquebec.com/fr/grappe-aluminium/recyclage | n.d. |
        | D | processing methods | Forging, a processing method AluQuébec names | BIND(ind:forging AS ?node) ?node skos:broader ind:aluminium-processing . | https://aluquebec.com/en/industry/processing/ | n.d. |
        | E | Alouette employees | Alouette: more than 850 employees, beside the other headcounts | site:alouette alu:employees ?node , ?other . ?node alu:count 850 ; alu:isMinimum true ; alu:unit alu:Employees . ?other alu:count 950 . | https://alouette.com/en/our-commitment/economic-development | n.d. |
        | E | AluQuébec CEOs | Luc Roby headed the new cluster in December 2013 | ag:aluquebec alu:leadership ?node . ?node alu:personName "Luc Roby" ; alu:role "CEO" ; alu:asOf "2013"^^xsd:gYear . | http://3.99.244.97/secteurs/ressources-naturelles/il-faut-attirer-du-capital-de-risque-dans-la-transformation-de-l-aluminium---luc-roby-de-la-grappe-industrielle-de-l-aluminium/564284 | 2013-12-07 |
        | E | STAS city | STAS's Chicoutimi office, beside the first sheet's 'city not stated' | BIND(ag:stas AS ?node) ?node alu:municipality "Saguenay (Chicoutimi office)" , "Saguenay region (exact city not stated)" . | https://www.stas.com/en/news/ | 2020-03-26 |
        | E | Shawinigan Aluminium | Shawinigan Aluminium created on 1 November 2014 | ag:shawinigan-aluminium alu:founding ?node . ?node alu:date "2014-11-01"^^xsd:date . | https://www.lhebdodustmaurice.com/actualites/laluminium-recycle-pour-consolider-lentreprise/ | n.d. |
        | E | Sotrem-Maltech | Groupe Sotrem-Maltech: 80 employees (2016) | ag:groupe-sotrem-maltech alu:employees ?node . ?node alu:count 80 ; alu:asOf "2016"^^xsd:gYear . | http://www.lesaffaires.com/strategie-d-entreprise/pme/lhistoire-se-poursuit-grace-a-shawinigan-aluminium/590529 | 2016-10-08 |
        | E | RED totals | RED's total since 2004: C$90 M on the English page, beside the French versions' figures | ?node alu:funder ag:rio-tinto-red ; alu:recipient ag:rio-tinto-red-smes ; alu:amount 90000000 ; alu:endedIn "2019"^^xsd:gYear . ?other alu:funder ag:rio-tinto-red ; alu:recipient ag:rio-tinto-red-smes ; alu:amount 100000000 . | https://www.riotinto.com/en/can/canada-operations/saguenay/saguenay-communities | n.d. |
        | E | SLSJ output | Five smelters of the Aluminium Valley total 1 Mt (January 2010) | ?node alu:statistic stat:primary-output ; alu:area reg:saguenay-lac-saint-jean ; alu:value 1000000 ; alu:asOf "2010"^^xsd:gYear . | http://www.lesaffaires.com/secteurs-d-activite/mines-et-metaux/les-aluministes-d-abou-dhabi-s-interessent-au-saguenay-lac-saint-jean/509255 | 2010-01-27 |
        | F | CMQ | The CMQ represents 107 firms (2009) | ag:cmq alu:memberCount ?node . ?node alu:count 107 ; alu:unit alu:Companies ; alu:asOf "2009"^^xsd:gYear . | https://magazinemci.com/articles/les-alliages-a-valeur-ajoutee-lavenir-de-lindustrie-metallurgique-de-la-seconde-transformation | 2009 |
        | F | Kaskoo | Kaskoo, named among the processing champions of Saguenay–Lac-Saint-Jean | BIND(ag:kaskoo AS ?node) ?node a alu:Organization . | http://www.lapresse.ca/le-quotidien/201411/17/01-4819771-la-transformation-de-laluminium.php | 2014-11-17 |
        | G | Metra | Restart of the Alma extrusion plant by Metra Aluminium planned for 10 January 2022 | site:cte-alma alu:milestone ?node . ?node alu:date "2022-01-10"^^xsd:date . | https://www.journaldemontreal.com/2021/11/02/transformation-de-laluminium-metra-aluminium-sinstalle-a-alma-1 | 2021-11-02 |
        | G | Entrepac | Lefebvre Industri-AL was previously named Entrepac | BIND(ag:lefebvre-industri-al AS ?node) ?node skos:altLabel "Entrepac"@fr . | https://www.lemanic.ca/2020/01/13/une-aide-de-17-m-dottawa-pour-lefebvre-industri-al/ | 2020-01-13 |
        | G | Baie-Comeau | The Baie-Comeau smelter produces 280,000 t (2022): output, not capacity | site:baie-comeau alu:capacity ?node . ?node alu:tonnesPerYear 280000 ; alu:figureKind "produced" ; alu:asOf "2022"^^xsd:gYear . | https://actualnewsmagazine.com/english/?p=209118 | 2022-04-02 |
        | G | Paber | Investissement Québec's $1.2 M loan for Paber's 2022 robotisation | ?node a alu:Funding ; alu:funder ag:investissement-quebec ; alu:recipient ag:paber-aluminium ; alu:amount 1200000 ; alu:year "2022"^^xsd:gYear . | https://cmatv.ca/paber-aluminium-investit-3-3-m-en-robotisation-afin-d-ameliorer-sa-productivite-2022-06-15 | 2022-06-15 |
        """;

    static Stream<Fact> sample() {
        return Answers.table(SAMPLE, null, 6).stream().map(r -> new Fact(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5)));
    }

    @Test
    void theSampleCoversAtLeastThirtyRowsOfEverySection() {
        List<Fact> facts = sample().toList();
        assertTrue(facts.size() >= 30, "only " + facts.size() + " rows in the sample");
        Set<String> missing = new TreeSet<>(SECTIONS);
        missing.removeAll(facts.stream().map(Fact::section).collect(Collectors.toSet()));
        assertTrue(missing.isEmpty(), "sections of the addendum not sampled: " + missing);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sample")
    void factSourceAndDateAreInTheGraph(Fact fact) {
        String ask = PREFIXES + "ASK { " + fact.pattern() + "\n ?node dct:source ?source . ?source schema:url <" + fact.source() + "> . "
                     + dateCondition(fact.date()) + " }";
        try (QueryExecution qe = QueryExecution.model(CuratedGraph.union()).query(QueryFactory.create(ask)).build()) {
            assertTrue(qe.execAsk(), fact + " — not found with source " + fact.source() + " dated " + fact.date() + ":\n" + ask);
        }
    }

    private static String dateCondition(String date) {
        if (date.equals("n.d."))
            return "?source alu:undated true .";
        if (date.matches("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"))
            return "?source dct:date ?date . FILTER(STR(?date) = \"" + date + "\")";
        return "?source rdfs:comment ?said . FILTER(CONTAINS(STR(?said), \"" + date + "\"))";
    }
}
