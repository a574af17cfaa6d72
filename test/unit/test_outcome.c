/*
 * test_outcome.c — rf_classify_decision: every rule, the precedence,
 * negation, the minority rule, and every decision text of the corpus.
 *
 * cc -std=c99 -Wall -Wextra -Isrc/core/facts -Isrc/core/text -Isrc/core/outline test/unit/test_outcome.c src/core/facts/outcome.c && ./a.out
 */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "outcome.h"

static const char *const names[] = {
	"approved", "rejected", "postponed", "referred", "decided",
	"noted", "discussed", "informed", "none", "closed"
};

static int
is(const char *text, rf_outcome want)
{
	rf_outcome	got = rf_classify_decision(text, strlen(text));

	if (got != want)
		fprintf(stderr, "  \"%s\": got %s, want %s\n", text, names[got], names[want]);
	return got == want;
}

#define IS(text, want) CHECK(is((text), RF_OUTCOME_##want))

typedef struct corpus_case
{
	const char *file;
	int			item;
	const char *text;
	rf_outcome	want;
} corpus_case;

/*
 * Every decision ("Beslutning"/"Beslutninger") of the minutes in
 * test/corpus, verbatim.  Aarhus decisions are followed by the proposal
 * they answer; the first lines of it are kept to test that it is not read.
 * The pdftotext -layout file gives the same decision texts as the
 * pdftotext one; the agenda (dagsorden) has none.
 */
static const corpus_case corpus[] = {
	{"aarhus/byraad_referat_2025-08-27_pdftotext.txt", 1,
		"Godkendt.",
		RF_OUTCOME_APPROVED},
	{"aarhus/byraad_referat_2025-08-27_pdftotext.txt", 2,
		"Fremsendes til Teknisk Udvalg til behandling i henhold til beslutning i byrådets møde den 27. august 2025.\n"
		"BESLUTNINGSFORSLAG FRA DD\n"
		"Baggrund:\n"
		"Havnens Perle har været en fast del af Aarhus Havns identitet siden 1962 og er en elsket institution blandt mange.",
		RF_OUTCOME_REFERRED},
	{"aarhus/byraad_referat_2025-08-27_pdftotext.txt", 3,
		"Tilbagesendes Magistratsafdelingen for Teknik og Miljø med bemærkning, at byrådet i sit møde den 27. august 2025 har\n"
		"vedtaget Magistratens foranstående indstilling af 19. august 2025.\n"
		"Socialistisk Folkepartis og Enhedslisten de Rød-Grønnes byrådsgrupper og Viggo Jonasen kunne ikke tiltræde\n"
		"indstillingens beslutningspunkter 1 og 2.\n"
		"Radikale Venstres og Alternativets byrådsgrupper kunne ikke tiltræde indstillingen.\n"
		"BESLUTNINGSFORSLAG FRA KF OG M\n"
		"De senere år er kapaciteten i parkeringshuse i midtbyen øget markant. Der er tilført ca. dobbelt så mange p-pladser i phuse, som der er fjernet gadeparkeringspladser.\n"
		"Der er derfor altid mindst 500 ledige pladser i p-husene.",
		RF_OUTCOME_APPROVED},
	{"aarhus/byraad_referat_2025-08-27_pdftotext.txt", 4,
		"Tilbagesendes Magistratsafdelingen for Teknik og Miljø med bemærkning, at byrådet i sit møde den 27. august 2025 har\n"
		"vedtaget Magistratens foranstående indstilling af 19. august 2025.\n"
		"Socialdemokratiets byrådsgruppe kunne ikke tiltræde indstillingen.\n"
		"Magistratsafdelingen for Teknik og Miljø udarbejder notat.\n"
		"BESLUTNINGSFORSLAG FRA V\n"
		"Beslutningsforslag\n"
		"Venstre ønsker at sænke hastigheden på Grenåvej gennem Løgten og Skødstrup – først og fremmest af hensyn til",
		RF_OUTCOME_APPROVED},
	{"aarhus/byraad_referat_2025-08-27_pdftotext.txt", 5,
		"Tilbagesendes Borgmesterens Afdeling med bemærkning, at byrådet i sit møde den 27. august 2025 har vedtaget\n"
		"Magistratens foranstående indstilling af 19. august 2025.\n"
		".",
		RF_OUTCOME_APPROVED},
	{"aarhus/byraad_referat_2025-08-27_pdftotext.txt", 6,
		"Tilbagesendes Borgmesterens Afdeling med bemærkning, at byrådet i sit møde den 27. august 2025 har vedtaget\n"
		"Magistratens indstilling i overensstemmelse med erklæring fra Økonomi- og Erhvervsudvalget af 20. august 2025.\n"
		"Enhedslisten de Rød-Grønne kunne ikke tiltræde indstillingen men henholdt sig til det oprindelige forslag fra Radikale\n"
		"Venstre.\n"
		"Danmarksdemokraternes byrådsgruppe kunne ikke tiltræde indstillingens beslutningspunkt 5.\n"
		"BESLUTNINGSFORSLAG FRA RV\n"
		"Problemstilling\n"
		"Aarhus ønsker at være en by med plads til alle, men diskrimination på baggrund af etnicitet er desværre et vedvarende",
		RF_OUTCOME_APPROVED},
	{"aarhus/byraad_referat_2025-08-27_pdftotext.txt", 7,
		"Tilbagesendes Magistratsafdelingen for Teknik og Miljø og Borgmesterens Afdeling med bemærkning, at byrådet i sit\n"
		"møde den 27. august 2025 har vedtaget Magistratens foranstående indstilling af 19. august 2025.\n"
		".",
		RF_OUTCOME_APPROVED},
	{"aarhus/byraad_referat_2025-08-27_pdftotext.txt", 8,
		"Tilbagesendes Magistratsafdelingen for Teknik og Miljø med bemærkning, at byrådet i sit møde den 27. august 2025 har\n"
		"vedtaget Magistratens foranstående indstilling af 12. august 2025.\n"
		"Indstillingen vedrører anlægsregnskaber for anlægsprojekter over 50 mio. kr. afsluttet i 2024.",
		RF_OUTCOME_APPROVED},
	{"aarhus/byraad_referat_2025-08-27_pdftotext.txt", 9,
		"Fremsendes med ændringsforslaget fra det Konservative Folkepartis byrådsgruppe til Teknisk Udvalg til behandling i\n"
		"henhold til beslutning i byrådets møde den 27. august 2025.\n"
		".",
		RF_OUTCOME_REFERRED},
	{"aarhus/byraad_referat_2025-08-27_pdftotext.txt", 10,
		"Fremsendes til Teknisk Udvalg til behandling i henhold til beslutning i byrådets møde den 27. august 2025.\n"
		"Endelig vedtagelse af forslag til Lokalplan nr. 1221, tillæg 2 til lokalplan nr. 411 – Erhvervsområde ved Kattrup i\n"
		"Hasselager-Kolt, med tillæg 1.",
		RF_OUTCOME_REFERRED},
	{"aarhus/byraad_referat_2025-08-27_pdftotext.txt", 11,
		"Fremsendes til Kulturudvalget til behandling i henhold til beslutning i byrådets møde den 27. august 2025.\n"
		".",
		RF_OUTCOME_REFERRED},
	{"aarhus/byraad_referat_2025-08-27_pdftotext.txt", 12,
		"Tilbagesendes Magistratsafdelingen for Kultur og Borgerservice og Magistratsafdelingen for Teknik og Miljø med\n"
		"bemærkning, at byrådet i sit møde den 27. august 2025 har vedtaget Magistratens foranstående indstilling af 19. august\n"
		"2025.\n"
		"Magistratsafdelingen for Kultur og Borgerservice udarbejder notat.\n"
		"Anlægsbevilling til etablering af to kunstgræsbaner med klubhusfaciliteter, ankomstareal og outdoor.",
		RF_OUTCOME_APPROVED},
	{"aarhus/byraad_referat_2025-08-27_pdftotext.txt", 13,
		"Tilbagesendes Magistratsafdelingen for Børn og Unge med bemærkning, at byrådet i sit møde den 27. august 2025 har\n"
		"vedtaget Magistratens foranstående indstilling af 12. august 2025.\n"
		"Forslag om udvidelse af retten til skoleskift til Ravnbakkeskolen ved åbning af skolen den 1. august 2026.",
		RF_OUTCOME_APPROVED},
	{"aarhus/byraad_referat_2025-08-27_pdftotext.txt", 14,
		"Fremsendes til Børn og Unge-udvalget til behandling i henhold til beslutning i byrådets møde den 27. august 2025.\n"
		"Forslag om opdatering af den byrådsbesluttede ramme for kvalitetsopfølgning og tilsyn i forlængelse af ændret lovgivning\n"
		"på området.",
		RF_OUTCOME_REFERRED},
	{"aarhus/byraad_referat_2025-08-27_pdftotext.txt", 15,
		"Fremsendes til Social- og Beskæftigelsesudvalget til behandling i henhold til beslutning i byrådets møde den 27. august\n"
		"2025.\n"
		"BESLUTNINGSFORSLAG FRA M\n"
		"Relationel velfærd er allerede i gang med at blive rullet ud i Sociale Forhold og Beskæftigelse (MSB). Det er en vigtig og\n"
		"ambitiøs tilgang, som både medarbejdere og ledelse bidrager til at realisere. Vi står samtidig med store reformer på vej,",
		RF_OUTCOME_REFERRED},
	{"aarhus/byraad_referat_2025-08-27_pdftotext.txt", 16,
		"Fremsendes til Borgmesterens Afdeling med henblik på udarbejdelse af en indstilling, jf. byrådets vedtagelse i mødet den\n"
		"27. august 2025 om magistratsbehandling af forslaget.\n"
		"Sagen bedes tilbagesendt byrådet via Magistraten.\n"
		"BESLUTNINGSFORSLAG FRA M\n"
		"Baggrund\n"
		"Aarhus er en by i vækst og tiltrækker hvert år tusindvis af internationale borgere – studerende, medarbejdere og familier.",
		RF_OUTCOME_REFERRED},
	{"aarhus/byraad_referat_2025-08-27_pdftotext.txt", 17,
		"Fremsendes til Magistratsafdelingen for Teknik og Miljø med henblik på udarbejdelse af en indstilling, jf. byrådets\n"
		"vedtagelse i mødet den 27. august 2025 om magistratsbehandling af forslaget.\n"
		"Sagen bedes tilbagesendt byrådet via Magistraten.\n"
		"BESLUTNINGSFORSLAG FRA DD OG LA\n"
		"Selvkørende biler er ikke længere blot science fiction. I flere amerikanske storbyer er teknologien i dag i drift, og i\n"
		"Danmark er lovgivningen for nylig blevet lempet, så det er lettere for kommuner at igangsætte forsøg. Teknologien",
		RF_OUTCOME_REFERRED},
	{"aarhus/byraad_referat_2025-08-27_pdftotext.txt", 18,
		"Fremsendes til Magistratsafdelingen for Børn og Unge med henblik på udarbejdelse af en indstilling, jf. byrådets\n"
		"vedtagelse i mødet den 27. august 2025 om magistratsbehandling af forslaget.\n"
		"Sagen bedes tilbagesendt byrådet via Magistraten.\n"
		"BESLUTNINGSFORSLAG FRA EL OG VIGGO JONASEN, UFP\n"
		"Angående skolernes udgifter til specialundervisning:\n"
		"Der etableres særskilt budgettering af udgifter til specialundervisning, så henvisning af barn",
		RF_OUTCOME_REFERRED},
	{"aarhus/byraad_referat_2025-08-27_pdftotext.txt", 19,
		"Fremsendes til Magistratsafdelingen for Sociale Forhold og Beskæftigelse og Magistratsafdelingen for Børn og Unge med\n"
		"henblik på udarbejdelse af en indstilling, jf. byrådets vedtagelse i mødet den 27. august 2025 om magistratsbehandling af\n"
		"forslaget.\n"
		"Sagen bedes tilbagesendt byrådet via Magistraten.\n"
		"BESLUTNINGSFORSLAG FRA EL OG VIGGO JONASEN, UFP\n"
		"Der iværksættes analyse af et antal sager om dækning af Tabt Arbejdsfortjeneste, hvor\n"
		"behovet for sådan dækning er affødt af barns/børns skoleproblemer (skolevægring, skolemistrivsel,",
		RF_OUTCOME_REFERRED},
	{"aarhus/byraad_referat_2025-08-27_pdftotext.txt", 20,
		"Fremsendes til Magistratsafdelingen for Teknik med henblik på udarbejdelse af en indstilling, jf. byrådets vedtagelse i\n"
		"mødet den 27. august 2025 om magistratsbehandling af forslaget.\n"
		"Sagen bedes tilbagesendt byrådet via Magistraten.\n"
		"BESLUTNINGSFORSLAG FRA SF OG ALT\n"
		"Livet i havet omkring os i det østjyske er blevet ødelagt af årtiers massiv forurening og menneskelig aktivitet. I dag er det\n"
		"stærkt begrænset, hvad der overhovedet er af fisk tilbage, og hvad der kan dyrkes i de forurenede vandområder. Vi ønsker",
		RF_OUTCOME_REFERRED},
	{"aarhus/teknisk_udvalg_referat_2025-10-01_html.txt", 1,
		"Ingen bemærkninger.",
		RF_OUTCOME_NONE},
	{"aarhus/teknisk_udvalg_referat_2025-10-01_html.txt", 2,
		"Et flertal i udvalget kunne tiltræde indstillingen i overensstemmelse med Magistratens anbefaling.\n"
		"\n"
		"Jesper Kjeldsen, Steffen Wich, Gert Bjerregaard og Metin Lindved Aydin kunne tiltræde indstillingen.\n"
		"\n"
		"Jakob Søgaard Clausen tog forbehold.\n"
		"\n"
		"Solveig Munk kunne ikke tiltræde indstillingen.\n"
		"\n"
		"Liv Gro Jensen var forhindret i at deltage i udvalgets behandling af sagen.\n"
		"\n"
		"Udviklingsplan for Pier 3 og tilstødende arealer har været i fire ugers høring. Nærværende sag beskriver og kommenterer de indkomne høringssvar og vedtager udviklingsplanen endeligt.",
		RF_OUTCOME_APPROVED},
	{"aarhus/teknisk_udvalg_referat_2025-10-01_html.txt", 3,
		"Der var foretræde til sagen, hvorefter udvalget drøftede sagen og stillede spørgsmål til forvaltningen. Udvalget besluttede herefter at udsætte sagens behandling med henblik på forvaltningens besvarelse af udvalgets spørgsmål.\n"
		"\n"
		"Endelig vedtagelse af forslag til Lokalplan nr. 1221, tillæg 2 til lokalplan nr. 411 – Erhvervsområde ved Kattrup i Hasselager-Kolt, med tillæg 1.",
		RF_OUTCOME_POSTPONED},
	{"aarhus/teknisk_udvalg_referat_2025-10-01_html.txt", 4,
		"Udvalget blev orienteret om arkitekturugen i uge 41.",
		RF_OUTCOME_INFORMED},
	{"aarhus/teknisk_udvalg_referat_2025-10-01_html.txt", 5,
		"Udvalget drøftede og stillede spørgsmål til forvaltningen om forlængelse af forsøget med sommergade i Jægergårdsgade.",
		RF_OUTCOME_DISCUSSED},
	{"aarhus/teknisk_udvalg_referat_2025-10-01_html.txt", 6,
		"Sagen blev udsat uden behandling.\n"
		"\n"
		".",
		RF_OUTCOME_POSTPONED},
	{"albertslund/000_29b8a9bb6d12761b.txt", 1,
		"Chefforum godkendte dagsorden og referat.",
		RF_OUTCOME_APPROVED},
	{"albertslund/000_29b8a9bb6d12761b.txt", 2,
		"Anne Mette præsenterede forslag til rammen for trivsels og APV måling og chefforum drøftede oplægget med følgende kommentarer:\n"
		"\n"
		"- Skal der være mulighed for et frit felt, hvor man kan skyde frit fra hoften?\n"
		"- Der var nogle gode kommentarer i felterne sidste gang, men de skal også bruges til noget efterfølgende\n"
		"- Det vil være godt med en mulighed for at lave nogle nedslag ind imellem de store målinger - et værktøj / et minitrivselskoncept\n"
		"- Der er brug for den store model til at sammenligne på tværs\n"
		"\n"
		"Arbejdet går i gang i februar 2018, og der arbejdes videre efter model 1.",
		RF_OUTCOME_DISCUSSED},
	{"albertslund/000_29b8a9bb6d12761b.txt", 3,
		"Anne Mette fremlagde rammen om kursusforløbet. Chefforum drøftede oplægget med følgende kommentarer:\n"
		"\n"
		"- Det vil være godt at blande holdene\n"
		"- Der er en vigtig del omkring timing - der kører meget undervisning på beskæftigelsesområdet i efteråret og der skal fokus omkring, at vi ikke skal lukke kontorerne helt\n"
		"- beskæftigelse skal nok til sidst\n"
		"- Sammenhængene skal tænkes ind imellem fagområderne - f.eks. KKP og familieafsnittet\n"
		"\n"
		"- Der afholdes et indledende kursus for cheferne selv, og de møder op og byder velkommen på holdene og indleder ud fra en fælles skabelon med vægt på, at borgeren i fokus\n"
		" - Kurset for cheferne lægges så vidt muligt, der hvor der i forvejen er et møde\n"
		"- Opfølgning: Der er behov for et opsamlingsheat og afkrydsningsystem, så vi sikrer at alle er med\n"
		" - Det bør tænkes ind at vi kører det én gang om året obligatorisk, så vi samler nye medarbejdere op\n"
		"- Cheferne skal være tydelige i udmeldingerne om, hvem kurset er obligatorisk for\n"
		" - cheferne laver lister over hvem det er\n"
		"\n"
		"Det blev aftalt, at vi starter i efteråret, men afslutter forår 2018. Alle chefer melder inden 15. august lister ind til Anne Mette over, hvem der skal med på kursus - som udgangspunkt alle med forvaltningsretlige opgaver.",
		RF_OUTCOME_DECIDED},
	{"albertslund/000_29b8a9bb6d12761b.txt", 4,
		"Helle præsenterede status på administrationsanalysen\n"
		"\n"
		"- Automatisering:\n"
		" - Omtale automatisering som digital assistent - her lægger vi os op af andre og digitaliseringsforeningen\n"
		" - Eksempler: Bilagsafstemning, telefonregninger - manuelle processer hvor man laver det samme\n"
		"- Styrket administration\n"
		" - Vi samler data og går på inspirationstur til andre kommuner til samlet administration\n"
		" - Forslag om at tage en drøftelse på lederforum om kultur og forståelse for hvor man er ansat\n"
		" - Sikre ledelse af de faglige medarbejdere - målet er at blive dygtigere til at løse opgaverne på det faglige felt\n"
		"- Dobbeltfunktioner\n"
		" - Hvad oplever vi?\n"
		" - Effektiviseringer\n"
		"- Fælles opgaveløsning med andre kommuner\n"
		" - F.eks. byggesagsbehandling\n"
		" - Kræver forankring fra toppen - kommunaldirektører\n"
		" - Jette indgår i en lille gruppe om administrativ robusthed med nabokommunerne, som er i gang med en drøftelse\n"
		" - Tænke ind hvor vi er sårbare\n"
		"\n"
		"Chefforum tog orienteringen til efterretning. Næste status er i oktober / november måned.",
		RF_OUTCOME_NOTED},
	{"albertslund/000_29b8a9bb6d12761b.txt", 5,
		"Chefforum drøftede de vigtigste opsamlingspunkter fra deres LULS samtaler. Opsamling udsendes særskilt.",
		RF_OUTCOME_DISCUSSED},
	{"albertslund/000_29b8a9bb6d12761b.txt", 6,
		"Chefforum tog orienteringen til efterretning.",
		RF_OUTCOME_NOTED},
	{"albertslund/000_29b8a9bb6d12761b.txt", 7,
		"Chefforum tog orienteringen til efterretning.",
		RF_OUTCOME_NOTED},
	{"albertslund/000_29b8a9bb6d12761b.txt", 8,
		"Chefforum tog orienteringen til efterretning om:\n"
		"\n"
		"- Udligning\n"
		"- Folkemødet\n"
		"- Kurser i mødesager",
		RF_OUTCOME_NOTED},
	{"albertslund/001_f160a2713c056438.txt", 1,
		"Chefforum godkendte dagsordenen for mødet\n"
		"\n"
		"Referatet for møde af 10. august 2016 blev godkendt af Chefforum\n"
		"\n"
		"Referatet for møde af 18. august 2016 blev godkendt af Chefforum",
		RF_OUTCOME_APPROVED},
	{"albertslund/001_f160a2713c056438.txt", 2,
		"Ph.d. Mie Kragh Thorup leverede et oplæg om Roskilde Kommunes organisationsform og opfordrede Chefforum til at reflektere og relatere den til Albertslund Kommunes.\n"
		"\n"
		"Oplægget indeholdt en beskrivelse af en række dilemmaer, der opstår når forskellige organisationsformer skal sameksistere.\n"
		"\n"
		"Chefforum drøftede hvorvidt man kunne genkende de samme dilemmaer i Albertslund Kommunes organisation, samt hvor man så ligheder og forskelligheder imellem Roskilde Kommune udformning af innovationsarbejdet ift. Albertslund Kommunes. Det blev herunder diskuteret hvor og hvordan man bør sætte ind over for nogle organisationsmæssige fokuspunkter, som der findes i begge kommuner, såsom tværgående indsatser, netværk, innovation mm. Her kan Albertslund Kommune anvende viden og erfaringer fra Roskilde Kommune, selvom de to kommuners størrelser er vidt forskellige. Begge organisationer har arbejdet med etableringen af mere tværgående arbejdsmetoder, hvor Roskilde Kommune har udformet et udviklingsforum der arbejder mere projektorienteret i modsætning til Albertslund Kommunes netværksorganisering. Alligevel opstår nogle af de samme dilemmaer i begge organisationer.\n"
		"\n"
		"Når Mie Kragh Thorup har færdiggjort sin ph.d. afhandling får Chefforum igen et oplæg med de nyere perspektiver. Ligesom der kan arbejdes med et tilsvarende oplæg for hele organisationen. Samtidig gives der mulighed for at Chefforum kan deltage i forsvaret af afhandlingen.",
		RF_OUTCOME_DISCUSSED},
	{"albertslund/001_f160a2713c056438.txt", 3,
		"Sekretariat for Netværksstrukturen har tidligere haft faste drøftelser med Direktørforum omkring status på den netværksbaserede organisation. Disse drøftelser ønskes nu flyttet til Chefforum, som en del af NS 3.\n"
		"\n"
		"Chefforum besluttede at formen på de løbende netværksdrøftelser sker hver 6. uge, hvor der afsættes 20 minutter til at få drøftet relevante emner ift. de konkrete netværk. Sekretariat for Netværksstrukturen planlægger og faciliterer drøftelsen.\n"
		"\n"
		"Chefforum drøftede referenceledelse og koblingen til niveau 4 og 5 ledere i forbindelse med opstarten af de nye netværk.\n"
		"\n"
		"Chefforum foreslog at de to næste drøftelser omhandler politisk samspil og værdiskabelse.",
		RF_OUTCOME_DECIDED},
	{"albertslund/001_f160a2713c056438.txt", 4,
		"Chefforum er enige om at handleplanen skal sikre en god kommunikation med handicaprådet fremover. Handleplanen skal derfor have en generel karakter, og fungere som udgangspunkt for en løbende dialog med handicaprådet.\n"
		"\n"
		"Chefforum drøftede prioriteringen af den foreslåede handleplans indsatser. Handleplanen justeres med udgangspunkt i disse prioriteringer.\n"
		"\n"
		"Samtidig bør en række konkrete forhold bringes i orden, fx. adgangen til telefoner og ankomstkærme på Rådhuset. Der lægges en klar tidsplan for hvornår disse forhold bringes i orden.\n"
		"\n"
		"Afdelingschefen for Social og Familie tager den justerede handleplan med i den videre dialog med handicaprådet.",
		RF_OUTCOME_DISCUSSED},
	{"albertslund/001_f160a2713c056438.txt", 6,
		"Kommunaldirektøren orienterede om at udrulningsplanen for implementeringen af Office 365 sker successivt for at få forankret alle de nye faciliteter bedst muligt. Det vil medføre et ressourcetræk i afdelingerne.\n"
		"\n"
		"Chefforum tog orienteringen til efterretning",
		RF_OUTCOME_NOTED},
	{"albertslund/001_f160a2713c056438.txt", 8,
		"Chefforum tog orienteringen til efterretning",
		RF_OUTCOME_NOTED},
	{"albertslund/001_f160a2713c056438.txt", 9,
		"Chefforum tog orienteringen til efterretning",
		RF_OUTCOME_NOTED},
	{"albertslund/001_f160a2713c056438.txt", 10,
		"Intet",
		RF_OUTCOME_NONE},
	{"albertslund/002_74521ca785f1df23.txt", 1,
		"Chefforum godkente dagsorden for mødet.\n"
		"\n"
		"Chefforum godkendte referatet fra Chefforum d. 9. maj 2018.",
		RF_OUTCOME_APPROVED},
	{"albertslund/002_74521ca785f1df23.txt", 2,
		"Netværksleder Katrine Winther præsenterede status på læringsnetværket om samarbejde i boligområderne\n"
		"\n"
		"Fokus har indtil nu været på samarbejde i boligområderne med et borgerperspektiv på borgernes ressourcer og involvering af borgerne, samt et fokus på den boligsociale helhedsplan.\n"
		"\n"
		"I netværket er der kommunale aktører, boligsociale aktører, boligforeninger og beboere. Det har dog vist sig, som en udfordring, at engagere aktørerne i netværket.\n"
		"\n"
		"Det har været utydeligt hvad netværket skal bibringe, og hvilken rolle borgerne samt boligforeningerne skal og kan have.\n"
		"\n"
		"Chefforum tog de foreløbige erfaringer til efterretning, og foreslog at netværket fremadrettet fokuserer på samarbejdet mellem ABC, boligforeningerne og kommunen. Temaet skal skal indkredses, da det lige nu er for stort. Chefforum foreslog et videre fokus på de få aktører, med særligt blik på hvad der er svært og hvad der fungerer.\n"
		"\n"
		"Chefforum drøftede den ledelsesmæssige sammenhæng i forhold til temaet. Udover nærmeste leder og referenceleder, kan netværkslederen søge vejledning hos Kommunaldirektøren, da hun sidder i de relevante fora og dermed har kendskab til området.",
		RF_OUTCOME_NOTED},
	{"albertslund/002_74521ca785f1df23.txt", 3,
		"Leder for Borger- & Ydelsescenteret, Jette Lau og konsulent i SPL, Jonatan W. Petersen præsenterede deres erfaringer med pilotprojektet 'Klager som kilde til læring', samt anbefalinger til udfoldelse af metoderne i de øvrige myndighedsafsnit i Albertslund Kommune.\n"
		"\n"
		"Pilotprojektet har bl.a. vist en problematik i, at få sendt borgerne korrekt videre til andre afdelinger. Dermed er en vigtig konklusion i projektet, at samarbejdet mellem afdelingerne i kommunen er afgørende for en god borgerbetjening.\n"
		"\n"
		"Det anbefales, at der laves fælles retningslinjer for håndtering af klager i Albertslund Kommune, der tilpasses til hver enkelt afdeling.\n"
		"\n"
		"Chefforum besluttede, at der afholdes et ledermøde hvor de gode erfaringer fra pilotprojektet præsenteres sammen med en videre plan.\n"
		"\n"
		"Planen er, at projektet går videre fra afdeling til afdeling, og der udarbejdes et forslag til udruling af metoderne i den øvrige organisation. Herudover udarbejdes der en håndbog med viden, værktøjer og skabeloner for god klagehåndtering i Albertslund Kommune som alle afdelinger kan finde vejledning i.\n"
		"\n"
		"Chefforum opfordrer lederne til løbende at sparre med hinanden om deres erfaringer i projektet.",
		RF_OUTCOME_DECIDED},
	{"albertslund/002_74521ca785f1df23.txt", 4,
		"Chefforum tog orienteringen til efterretning.",
		RF_OUTCOME_NOTED},
	{"albertslund/002_74521ca785f1df23.txt", 5,
		"Chefforum tog orienteringen til efterretning.\n"
		"\n"
		"Det blev bemærket, at man bør skrive en note i rapporten om at delvist sygemeldte registreres som korttidssygdom.",
		RF_OUTCOME_NOTED},
	{"albertslund/002_74521ca785f1df23.txt", 6,
		"Chefforum tog orienteringen til efterretning.",
		RF_OUTCOME_NOTED},
	{"albertslund/002_74521ca785f1df23.txt", 7,
		"Chefforum tog orienteringen til efterretning.",
		RF_OUTCOME_NOTED},
	{"albertslund/002_74521ca785f1df23.txt", 8,
		"Der blev orienteret om, at Chefforum skal melde ferie ind til Amandha Amandha Gabriella Glæsner Gregersen fra SPL.",
		RF_OUTCOME_INFORMED},
	{"albertslund/003_65119b95b52dd9a8.txt", 1,
		"Godkendt.",
		RF_OUTCOME_APPROVED},
	{"albertslund/003_65119b95b52dd9a8.txt", 2,
		"Chefforum besluttede at IT-strategi fremover skal drøftes i Chefforum i en fast kadence, som skal være hyppigere end tidligere. Næste drøftelse skal adressere den mest hensigtsmæssige snitflade mellem systemejer og IT & Digitalisering.\n"
		"\n"
		"I det videre arbejde med yderligere kvalificering af området skal Jette Lau og Randi Hartwich Pedersen fra Borger & Arbejdsmarked samt Steen Westring fra Miljø & Teknik medvirke.",
		RF_OUTCOME_DECIDED},
	{"albertslund/003_65119b95b52dd9a8.txt", 3,
		"Chefforum besluttede borgermødet den 3. maj 2023 tager udgangspunkt i temaer. Temaerne fra borgermødet skal kunne genfindes i budgetkataloget. Økonomi- og Stab udarbejder forslag til temaer, som behandles på styregruppemøde for Budget tirsdag den 21. marts 2023.",
		RF_OUTCOME_DECIDED},
	{"albertslund/003_65119b95b52dd9a8.txt", 4,
		"Chefforum drøftede rammerne for anlægsplan til budget 2023. Drøftelsen fortsættes på kommende møder.",
		RF_OUTCOME_DISCUSSED},
	{"albertslund/003_65119b95b52dd9a8.txt", 5,
		"Punktet blev udsat.",
		RF_OUTCOME_POSTPONED},
	{"albertslund/003_65119b95b52dd9a8.txt", 6,
		"Punktet udsat, idet der er givet tilladelse til at virksomhedskonsulenter tager kontakt til de kommunale arbejdspladser allerede nu.",
		RF_OUTCOME_POSTPONED},
	{"albertslund/003_65119b95b52dd9a8.txt", 7,
		"Godkendte indstillinger med følgende kommentarer:\n"
		"\n"
		"- HR & Jura ser på muligheden for at der laves en organisation for opsagte medarbejder, så de ikke indgår i data.\n"
		"- Det er vigtigt at ledelsesinformationen udformes, så den understøtter det fortsatte arbejde med nedbringelse af sygefravær.\n"
		"- HR & Jura fremlægger fornyet sag til Chefforum, når de har forholdt sig til input fra mødet den 15. marts 2023.",
		RF_OUTCOME_APPROVED},
	{"albertslund/003_65119b95b52dd9a8.txt", 8,
		"Chefforum besluttede, at de ønsker at høre KommuneMEDs holdning til revisionen inden Chefforum drøfter grundlaget for revisionen af MED-aftalen.",
		RF_OUTCOME_DECIDED},
	{"albertslund/003_65119b95b52dd9a8.txt", 9,
		"Punktet blev udsat.",
		RF_OUTCOME_POSTPONED},
	{"albertslund/003_65119b95b52dd9a8.txt", 10,
		"Intet.",
		RF_OUTCOME_NONE},
	{"albertslund/004_5da69337d8b4a5ec.txt", 1,
		"Kommunaldirektøren godkendte dagsordenen for mødet.\n"
		"\n"
		"Kommunaldirektøren godkendte referater fra mødet d. 18. februar 2021 og fra mødet d. 4. marts 2021.",
		RF_OUTCOME_APPROVED},
	{"albertslund/004_5da69337d8b4a5ec.txt", 2,
		"Chefforum præsenterede sig, og afslutningsvist præsenterede Jeanette Larsen, ny leder af HR & Jura sig for Chefforum.",
		RF_OUTCOME_NONE},		/* introductions: "præsenterede sig" informs of nothing */
	{"albertslund/004_5da69337d8b4a5ec.txt", 3,
		"Chefforum blev præsenteret for baggrund og processen for arbejdet med Borgersamlingens anbefalinger, der lige nu behandles i alle de politiske fagudvalg.\n"
		"\n"
		"Chefforum behandlede på mødet de konkrete forslag ud fra den faglige kontekst, og så på hvilke implementeringsforslag Chefforum kan anbefale ud fra Borgersamlingens forslag, samt om der er forslag der strider mod lovgivning eller har andre implementeringsvanskeligheder.\n"
		"\n"
		"Chefforum blev på mødet opdelt i to grupper, der arbejdede med borgersamlingens anbefalinger.\n"
		"\n"
		"Direktøren for Børn, Sundhed & Velfærd præsenterede sin gruppes vigtigste drøftelser ift. Borgersamlingens anbefalinger:\n"
		"\n"
		"- Identitetsspørgsmålet under første anbefaling bliver meget bagudvendt. Skal der ikke være plads til det nye? Vi skal skabe fællesskaber, hvor også de nye perspektiver spiller ind.\n"
		"- Der bør arbejdes grundigere arbejde med tredje anbefaling. Der er trygt i Albertslund Kommune, og dette skal kommunikeres klart ud, og det er vigtigt at vi arbejder mod at ændre billedet af tryghed i Albertslund Kommune.\n"
		"- Ift. forslaget om de blandede boligformer, så skal der skabes diversitet i boligformer, borgere og arkitektur i hvert område. Så diversiteten er hele vejen rundt.\n"
		"\n"
		"Direktøren for By, Kultur, Miljø & Beskæftigelse præsenterede sin gruppes vigtigste drøftelser ift. Borgersamlingens anbefalinger:\n"
		"\n"
		"- Under identitetsspørgsmålet under første anbefaling skal der fokus på hvad er det for en fortælling vi har i Albertslund Kommune. Fællesskaber og sundhedsperspektivet skal tænkes ind i dette. Hvordan kan vi skabe en fælles identitet og hvilke værktøjer skal bruges. Vi skal tale med nye borgere og inddrage deres oplevelse.\n"
		"- Fokus på større fællesskaber. Der foreslåes en konkret fælles dag for alle borgere. Dagen skal have fokus på sundhed og det grønne, og være med til at vise alle de muligheder der er i Albertslund ift. natur.\n"
		"- Brobygning ift. integration og at borgerne lærer hinanden at kende. Dette kan modvirke utryghed. Der skal skabes åbne områder hvor man besøger hinanden og får viden om hinanden og byen.\n"
		"\n"
		"På baggrund af drøftelserne på Chefforum, sendes et nyt skema ud til Chefforum, hvor afdelingscheferne kan udfylde deres perspektiver og vurderinger ift. hvilke forslag der allerede arbejdes med, og hvor anbefalingerne allerede er i gang.",
		RF_OUTCOME_DISCUSSED},
	{"albertslund/004_5da69337d8b4a5ec.txt", 4,
		"Chefen for Økonomi & Stab præsenterede status på budgetaftalen for 2020 og 2021.\n"
		"\n"
		"Chefforum gennemgik budgetaftalen, og tog stilling til de punkter der ikke er i mål for 2020.\n"
		"\n"
		"Opfølgningen på budgetaftalen for 2020 skal behandles på ØU i maj 2021.",
		RF_OUTCOME_DISCUSSED},
	{"albertslund/004_5da69337d8b4a5ec.txt", 5,
		"Chefforum drøftede hvad der i fællesskab skal arbejdes med for at fastholde de gode erfaringer fra tiden under corona.\n"
		"\n"
		"Økonomi & Stab arbejder med kurser ift. at dygtiggøre ledere og medarbejdere digitalt, dette kan også bruges i andre afdelinger for medarbejdere der arbejder hjemmefra.\n"
		"\n"
		"Chefforum får en opgave i at snakke om distancearbejde, og principper for hvor meget distancearbejde der kan fortsætte når samfundet åbner igen. Denne drøftelse skal tages med vores medarbejderrepræsentanter. De personalepolitiske perspektiver skal løftes, og det er en opgave for HR Jura.\n"
		"\n"
		"Der er stor forskel på trivsel blandt medarbejdere som arbejder hjemmefra, dette kan trivselsmålingerne give os et pejlemærke på.\n"
		"\n"
		"Som udgangspunkt er kommunen en arbejdsplads hvor man møder op, dermed skal der skabes en balancegang til hjemmearbejdet. Vi er et arbejdsfællesskab, og det skal vi fortsat være i kommunen, så vi har en fælles identitet og relationer til hinanden.\n"
		"\n"
		"Chefforum drøftede hvad der skal til for at holde momentum på de gode erfaringer, og pegede her på at børnene blandt andet har været mere ude og lærerne er blevet dygtige til virtuel undervisning som muligvis kan inkludere flere børn og\n"
		"\n"
		"unge fremadrettet, fx under sygdomsforløb. Der er en opgave i at fastholde omstillingskravene, at vi motiveres til at gå nye veje og følger op på at vi fornyer os rundt omkring i hele kommunen.\n"
		"\n"
		"Der peges på at implementeringsevenen skal fastholdes, fx ved at lave små justeringer og teste det af i det små inden man skalerer. Vi kan tage viljen og agiliteten med os ind i nye arbejdsformer og prøve nyt af løbende.\n"
		"\n"
		"Chefforum har en samlet opgave i at pege på regler og retningslinjer for bl.a. hjemmearbejde og øvrige områder hvor der er snitflader i mellem afdelingerne for at fastholde gode erfaringer fra tiden under corona.\n"
		"\n"
		"Chefforum genbesøger denne opgave i juni 2021, hvor det skal drøftes hvordan kommer vi videre og hvilke benspænd vi har så vi samlet får læringen med os og de gode erfaringer implementeret.",
		RF_OUTCOME_DISCUSSED},
	{"albertslund/004_5da69337d8b4a5ec.txt", 6,
		"Kommunaldirektøren orienterede Chefforum om at kommunen er i kontakt med Styrelsen for Patientsikkerhed (STPS), da der ses en stigning i smittetryk i byen, og særligt i Albertslund Syd.\n"
		"\n"
		"STPS kommer med testambassadører til kommunen i dag kl. 16.00, og får hjælp til organiseringen af Vagten.\n"
		"\n"
		"Opgaven for testambassadørerne er at banke på dørene til borgerne i Albertslund Syd, i Opstandelseskirkens sogn. Hvor de vil dele flyers ud og tale med borgere om vigtigheden af test og isolation.\n"
		"\n"
		"Smitteopsporingsopgaven intensiveres ved at STPS kommer ud til et møde med vores smitteopsporingsenhed og hjælper med at analysere data og vejlede til isolering, både ift isolationsfaciliteterne og isolation i eget hjem.\n"
		"\n"
		"Fokus er nu er positivprocenten og testraten. Vi skal have flest mulige til at lade sig teste, så vi kan få bugt med den smitte der er.",
		RF_OUTCOME_INFORMED},
	{"albertslund/004_5da69337d8b4a5ec.txt", 7,
		".",
		RF_OUTCOME_NONE},
};

static void
test_corpus(void)
{
	size_t		i;

	for (i = 0; i < sizeof(corpus) / sizeof(corpus[0]); i++)
	{
		rf_outcome	got = rf_classify_decision(corpus[i].text, strlen(corpus[i].text));

		if (got != corpus[i].want)
			fprintf(stderr, "  %s item %d: got %s, want %s\n", corpus[i].file, corpus[i].item,
					names[got], names[corpus[i].want]);
		CHECK(got == corpus[i].want);
	}
	CHECK(sizeof(corpus) / sizeof(corpus[0]) == 67);
}

static void
test_approved(void)
{
	IS("Godkendt.", APPROVED);
	IS("godkendt", APPROVED);
	IS("GODKENDT", APPROVED);
	IS("Chefforum godkendte dagsorden og referat.", APPROVED);
	IS("Referatet for møde af 10. august 2016 blev godkendt af Chefforum", APPROVED);
	IS("Indstillingen godkendes.", APPROVED);
	IS("Udvalget godkender indstillingen.", APPROVED);
	IS("Udvalget besluttede at godkende indstillingen.", APPROVED);
	IS("Indstillingen godkendtes.", APPROVED);
	IS("Chefforum godkente dagsorden for mødet.", APPROVED);	/* typo in the corpus */
	IS("Tiltrådt.", APPROVED);
	IS("Udvalget tiltræder indstillingen.", APPROVED);
	IS("Økonomiudvalget tiltrådte indstillingen.", APPROVED);
	IS("Udvalget kunne tiltræde indstillingen.", APPROVED);
	IS("Indstillingen tiltrædes.", APPROVED);
	IS("Vedtaget.", APPROVED);
	IS("Byrådet vedtog forslaget.", APPROVED);
	IS("Forslaget vedtages.", APPROVED);
	IS("Vedtaget med 7 stemmer for og 2 imod.", APPROVED);
	IS("Anbefales godkendt.", APPROVED);
	IS("Indstillingen anbefales over for Byrådet.", APPROVED);
	/* a decision text that is the noun alone: the title of an approval item */
	IS("Godkendelse af dagsorden", APPROVED);
	IS("Godkendelse.", APPROVED);
	IS("Vedtagelse af lokalplan 1221", APPROVED);
	/* Æ/Ø/Å and ASCII fold */
	IS("CHEFFORUM GODKENDTE DAGSORDENEN.", APPROVED);
	IS("ØKONOMIUDVALGET TILTRÆDER INDSTILLINGEN.", APPROVED);
	IS("Udvalget TILTRÅDTE indstillingen.", APPROVED);
	/* markup, soft hyphen, no-break space, CRLF */
	IS("**Godkendt.**", APPROVED);
	IS("## Godkendt", APPROVED);
	IS("Chefforum god\xC2\xAD" "kendte referatet.", APPROVED);
	IS("Chefforum\xC2\xA0godkendte\xC2\xA0referatet.", APPROVED);
	IS("Godkendt.\r\n", APPROVED);
}

static void
test_rejected(void)
{
	IS("Ikke godkendt.", REJECTED);
	IS("IKKE GODKENDT", REJECTED);
	IS("Indstillingen blev ikke godkendt.", REJECTED);
	IS("Indstillingen godkendes ikke.", REJECTED);
	IS("Indstillingen godkendes derfor ikke.", REJECTED);
	IS("Udvalget godkendte ikke indstillingen.", REJECTED);
	IS("Udvalget kunne ikke tiltræde indstillingen.", REJECTED);
	IS("Kunne ikke tiltræde.", REJECTED);
	IS("Udvalget besluttede ikke at godkende indstillingen.", REJECTED);
	IS("Forslaget blev ikke vedtaget.", REJECTED);
	IS("Ej godkendt.", REJECTED);
	IS("Kan ikke anbefales.", REJECTED);
	IS("Forslaget blev afvist.", REJECTED);
	IS("Udvalget afviste forslaget.", REJECTED);
	IS("Udvalget besluttede at afvise ansøgningen.", REJECTED);
	IS("Forslaget blev forkastet med 4 stemmer mod 5.", REJECTED);
	IS("Forslaget forkastes.", REJECTED);
	/* the negation stays in its clause */
	IS("Godkendt, ikke uden diskussion.", APPROVED);
	IS("Godkendt uden bemærkninger.", APPROVED);
	IS("Ikke alle var til stede. Godkendt.", APPROVED);
}

static void
test_postponed(void)
{
	IS("Punktet blev udsat.", POSTPONED);
	IS("Punktet udsat, idet der er givet tilladelse til at virksomhedskonsulenter tager kontakt.",
	   POSTPONED);
	IS("Sagen blev udsat uden behandling.", POSTPONED);
	IS("Udvalget besluttede herefter at udsætte sagens behandling.", POSTPONED);
	IS("Sagen udsættes til næste møde.", POSTPONED);
	IS("Udvalget udsatte sagen.", POSTPONED);
	IS("Udvalget udsatte behandlingen til næste møde.", POSTPONED);
	IS("Punktet blev udskudt til juni.", POSTPONED);
	IS("PUNKTET BLEV UDSAT.", POSTPONED);
	/* "udsat for", "udsatte borgere" are not postponements */
	IS("Medarbejderne er udsat for vold.", NONE);
	IS("Chefforum drøftede indsatsen for udsatte borgere.", DISCUSSED);
	IS("Sagen blev ikke udsat.", NONE);
	IS("Chefforum drøftede den udsatte sag.", DISCUSSED);
}

static void
test_referred(void)
{
	IS("Fremsendes til Teknisk Udvalg til behandling.", REFERRED);
	IS("Fremsendes med ændringsforslaget fra det Konservative Folkepartis byrådsgruppe til Teknisk Udvalg.",
	   REFERRED);
	IS("Oversendes til Økonomiudvalget.", REFERRED);
	IS("Sagen oversendt til Byrådet.", REFERRED);
	IS("Tilbagesendes Magistratsafdelingen for Teknik og Miljø.", REFERRED);
	IS("Sagen bedes tilbagesendt byrådet via Magistraten.", REFERRED);
	IS("Sagen sendes videre til Byrådet.", REFERRED);
	IS("Sagen blev sendt videre til Magistratens møde den 30. september 2025.", REFERRED);
	IS("Sagen sendes til Kommunalbestyrelsen.", REFERRED);
	IS("Videresendes til Handicaprådet.", REFERRED);
	IS("Henvist til budgetforhandlingerne.", REFERRED);
	IS("Der er henvist til bilag 2.", NONE);
	IS("Opsamling udsendes særskilt.", NONE);
}

static void
test_decided(void)
{
	IS("Chefforum besluttede at afholde et ledermøde.", DECIDED);
	IS("Det blev besluttet at arbejde videre med model 1.", DECIDED);
	IS("Det blev aftalt, at vi starter i efteråret.", DECIDED);
	IS("Cheferne aftalte en ny proces.", DECIDED);
	IS("Udvalget beslutter, at der nedsættes en arbejdsgruppe.", DECIDED);
	IS("Næste møde aftales senere.", DECIDED);
	/* adjectives and compounds are no decisions */
	IS("Der henvises til de besluttede elektroniske værktøjer.", NONE);
	IS("Forslag om opdatering af den byrådsbesluttede ramme.", NONE);
	IS("Chefforum drøftede de aftalte rammer.", DISCUSSED);
}

static void
test_noted(void)
{
	IS("Chefforum tog orienteringen til efterretning.", NOTED);
	IS("Chefforum tog de foreløbige erfaringer til efterretning.", NOTED);
	IS("Orienteringen blev taget til efterretning.", NOTED);
	IS("Taget til efterretning.", NOTED);
	IS("Orienteringen tages til efterretning.", NOTED);
	IS("Udvalget tager sagen til efterretning.", NOTED);
	IS("Til efterretning.", NOTED);
	IS("TIL EFTERRETNING", NOTED);
	IS("Chefforum tog orienteringen til efterretning om:\n\n- Udligning\n- Folkemødet", NOTED);
	/* negated: nothing is left but the word "orienteringen" */
	IS("Sagen blev ikke taget til efterretning.", NONE);
}

static void
test_discussed(void)
{
	IS("Chefforum drøftede oplægget.", DISCUSSED);
	IS("Drøftelse", DISCUSSED);
	IS("Drøftet.", DISCUSSED);
	IS("Sagen blev drøftet.", DISCUSSED);
	IS("Udvalget drøfter sagen.", DISCUSSED);
	IS("Chefforum behandlede forslagene.", DISCUSSED);
	IS("Sagen blev behandlet sammen med sagerne 3-8.", DISCUSSED);
	IS("Chefforum gennemgik budgetaftalen.", DISCUSSED);
	IS("Punktet blev diskuteret.", DISCUSSED);
	IS("DRØFTET", DISCUSSED);
	/* "behandling" is a noun, not a discussion */
	IS("Jesper Kjeldsen var ikke med i behandlingen.", NONE);
}

static void
test_informed(void)
{
	IS("Kommunaldirektøren orienterede om status.", INFORMED);
	IS("Udvalget blev orienteret om arkitekturugen i uge 41.", INFORMED);
	IS("Der blev orienteret om, at Chefforum skal melde ferie ind.", INFORMED);
	IS("Til orientering.", INFORMED);
	IS("Chefforum præsenterede sig.", NONE);
	IS("Helle præsenterede status.", INFORMED);
	IS("Anne Mette fremlagde rammen.", INFORMED);
	IS("Direktøren redegjorde for sagen.", INFORMED);
}

static void
test_none(void)
{
	CHECK(rf_classify_decision(NULL, 0) == RF_OUTCOME_NONE);
	CHECK(rf_classify_decision("Godkendt", 0) == RF_OUTCOME_NONE);
	IS("", NONE);
	IS(".", NONE);
	IS("-", NONE);
	IS(" \n\t\n ", NONE);
	IS("Intet", NONE);
	IS("Intet.", NONE);
	IS("Ingen.", NONE);
	/* "no comments": nothing is recorded as decided, even under "Referat fra sidste møde" */
	IS("Ingen bemærkninger.", NONE);
	IS("Punktet udgik.", NONE);
	IS("Arbejdet går i gang i februar 2018.", NONE);
	/* only the first len bytes are read */
	CHECK(rf_classify_decision("Intet. Godkendt.", 6) == RF_OUTCOME_NONE);
	/* never "closed" */
	CHECK(rf_classify_decision("Lukket punkt.", 13) == RF_OUTCOME_NONE);
}

static void
test_precedence(void)
{
	/* postponed > rejected > approved > referred > decided > noted > discussed > informed */
	IS("Punkt 1 godkendt. Punkt 2 blev udsat.", POSTPONED);
	IS("Udvalget drøftede sagen og besluttede at udsætte den.", POSTPONED);
	IS("Forslaget blev afvist. Sagen blev udsat.", POSTPONED);
	IS("Punkt 1 godkendt. Punkt 2 blev ikke godkendt.", REJECTED);
	IS("Afvist. Godkendt.", REJECTED);
	IS("Tilbagesendes Borgmesterens Afdeling med bemærkning, at byrådet har vedtaget indstillingen.",
	   APPROVED);
	IS("Godkendt og oversendt til Byrådet.", APPROVED);
	IS("Fremsendes til Byrådet. Chefforum besluttede at følge sagen.", REFERRED);
	IS("Chefforum drøftede oplægget. Det blev aftalt at starte i efteråret.", DECIDED);
	IS("Chefforum besluttede at tage orienteringen til efterretning.", DECIDED);
	IS("Chefforum drøftede sagen og tog orienteringen til efterretning.", NOTED);
	IS("Kommunaldirektøren orienterede. Chefforum tog orienteringen til efterretning.", NOTED);
	IS("Helle præsenterede status. Chefforum drøftede den.", DISCUSSED);
	IS("Udvalget blev orienteret og drøftede sagen.", DISCUSSED);
	IS("Udvalget blev orienteret. Intet.", INFORMED);
}

static void
test_minority(void)
{
	/* a position of a party or person is not the forum's decision */
	IS("Enhedslisten kunne ikke tiltræde indstillingen.", NONE);
	IS("Godkendt.\nEnhedslisten kunne ikke tiltræde indstillingen.", APPROVED);
	IS("Godkendt. Venstre tog forbehold.", APPROVED);
	IS("Godkendt. Jesper Kjeldsen deltog ikke i sagens behandling.", APPROVED);
	IS("Godkendt. Liv Gro Jensen var forhindret i at deltage.", APPROVED);
	IS("Godkendt. Ø stemte imod. V undlod at stemme.", APPROVED);
	IS("Godkendt. Ø ønskede sin mindretalsudtalelse tilført protokollen.", APPROVED);
	IS("Et mindretal (F og Ø) kunne ikke tiltræde indstillingen.", NONE);
	IS("Mindretallet ønskede sagen udsat.", NONE);
	IS("V og K i udvalget kunne ikke tiltræde indstillingen.", NONE);
	IS("Solveig Munk kunne ikke tiltræde indstillingen, da hun ønsker sagen udsat.", NONE);
	IS("Vedtaget.\nSocialdemokratiet, Venstre og Radikale Venstre kunne ikke tiltræde indstillingen.",
	   APPROVED);
	/* … but the forum's own position counts */
	IS("Udvalget kunne ikke tiltræde indstillingen.", REJECTED);
	IS("Økonomiudvalget kunne ikke tiltræde indstillingen.", REJECTED);
	IS("Teknisk Udvalg kunne ikke tiltræde indstillingen.", REJECTED);
	IS("Herefter kunne udvalget ikke tiltræde indstillingen.", REJECTED);
	IS("Udvalget kunne enstemmigt tiltræde indstillingen.", APPROVED);
	IS("Et flertal i udvalget kunne tiltræde indstillingen.", APPROVED);
	IS("Et flertal (A, V og O) kunne tiltræde indstillingen.", APPROVED);
	IS("Magistraten kunne tiltræde indstillingen med en række tekniske ændringer.", APPROVED);
	IS("Chefforum kunne ikke godkende oplægget.", REJECTED);
	IS("Et flertal i udvalget kunne tiltræde indstillingen. Solveig Munk kunne ikke tiltræde indstillingen.",
	   APPROVED);
	/* a minority clause inside the forum's sentence */
	IS("Indstillingen blev godkendt, idet Ø ikke kunne tiltræde.", APPROVED);
	IS("Udvalget godkendte indstillingen, idet V tog forbehold.", APPROVED);
	IS("Udvalget kunne tiltræde indstillingen, idet Ø stemte imod.", APPROVED);
	/* "stemmer" is also the noun: "7 stemmer for" is no position */
	IS("Forslaget blev vedtaget med 7 stemmer for og 2 imod.", APPROVED);
	/* the example */
	IS("Tilbagesendes Magistratsafdelingen for Teknik og Miljø med bemærkning, at byrådet i sit møde "
	   "den 27. august 2025 har vedtaget Magistratens foranstående indstilling af 19. august 2025.\n"
	   "Socialistisk Folkepartis og Enhedslisten de Rød-Grønnes byrådsgrupper og Viggo Jonasen kunne ikke tiltræde\n"
	   "indstillingens beslutningspunkter 1 og 2.", APPROVED);
}

static void
test_end_of_decision(void)
{
	/* a quoted proposal or recommendation ends the decision (capitals only) */
	IS("Fremsendes til Teknisk Udvalg.\nBESLUTNINGSFORSLAG FRA DD\nSagen blev udsat.", REFERRED);
	IS("Godkendt.\nINDSTILLING FRA MAGISTRATSAFDELINGEN FOR TEKNIK OG MILJØ\nIkke godkendt.", APPROVED);
	IS("Godkendt.\nÆNDRINGSFORSLAG FRA V\nForslaget blev afvist.", APPROVED);
	IS("BESLUTNINGSFORSLAG FRA DD\nGodkendt.", NONE);
	IS("Godkendt.\nBeslutningsforslaget blev forkastet.", REJECTED);
}

static void
test_words(void)
{
	/* whole words only: nouns and compounds are not verbs */
	IS("Sagen sendes til godkendelse i Kommunalbestyrelsen.", REFERRED);
	IS("Forslag om godkendelse af regnskab.", NONE);
	IS("Endelig vedtagelse af forslag til Lokalplan nr. 1221.", NONE);
	IS("Godkendelsesproceduren blev drøftet.", DISCUSSED);
	IS("Chefforum drøftede de godkendte projekter.", DISCUSSED);
	IS("Genbesøg af de tidligere godkendte 17 projekter.", NONE);
	IS("Forhåndsgodkendt.", NONE);
	IS("Det anbefales, at der laves fælles retningslinjer.", NONE);
	/* abbreviations and dates do not end a sentence before a lower-case word */
	IS("Godkendt d. 3. marts, jf. bilag. Ø kunne ikke tiltræde.", APPROVED);
	IS("Ph.d. Mie Kragh Thorup leverede et oplæg. Chefforum drøftede det.", DISCUSSED);
}

static void
test_long_input(void)
{
	static char buf[200000];
	size_t		i;

	/* longer than one sentence buffer, no sentence end at all */
	for (i = 0; i + 6 < sizeof(buf); i += 6)
		memcpy(buf + i, "bla   ", 6);
	memcpy(buf + i - 12, "udsat.", 6);
	CHECK(rf_classify_decision(buf, i) == RF_OUTCOME_POSTPONED);
	memcpy(buf + i - 12, "bla   ", 6);
	CHECK(rf_classify_decision(buf, i) == RF_OUTCOME_NONE);
	/* stray bytes: continuation bytes, truncated sequences */
	CHECK(rf_classify_decision("\x80\xBF\xC3", 3) == RF_OUTCOME_NONE);
	CHECK(rf_classify_decision("Godkendt \xE2\x80", 11) == RF_OUTCOME_APPROVED);
	CHECK(rf_classify_decision("Godkendt \xF0\x9F\x98\x80", 13) == RF_OUTCOME_APPROVED);
}

/* Where a shortcut of the reader cuts in, next to where it must not. */
static void
test_shortcuts(void)
{
	static char buf[40000];
	size_t		n;

	/* ASCII letters and digits are folded from a table: digits belong to the word */
	IS("GodKendT.", APPROVED);
	IS("Godkendt2.", NONE);
	IS("2godkendt.", NONE);
	IS("Godkendt 2.", APPROVED);
	/* words shorter than every prefix keyword of their first letter skip the keyword table */
	IS("Drøft.", DISCUSSED);
	IS("Drøftelse.", DISCUSSED);
	IS("Drø.", NONE);
	IS("Orienter.", INFORMED);
	IS("Orienterer.", INFORMED);
	IS("Orient.", NONE);
	IS("Diskuter.", DISCUSSED);
	IS("Diskut.", NONE);
	/* a word is looked up in the word table only when a word of its first byte has its length */
	IS("Godkendx.", NONE);
	IS("Ikkx godkendt.", APPROVED);
	IS("Ikke godkendt.", REJECTED);
	IS("Godkendt, ej heller udsat.", APPROVED);
	IS("Godkendt, ejx udsat.", POSTPONED);
	/* the keyword table is read from the first keyword that may take the word */
	IS("Taget til efterretning.", NOTED);
	IS("Til efterretning.", NOTED);
	IS("Til orientering.", INFORMED);
	IS("Sagen sendes ud.", NONE);
	IS("Sagen sendes til Byrådet.", REFERRED);
	IS("Sagen sendes videre.", REFERRED);
	IS("Udvalget diskuterede sagen.", DISCUSSED);
	IS("Udvalget diskuterer sagen.", DISCUSSED);
	IS("De diskuterede forslag blev godkendt.", APPROVED);
	IS("Udvalget drøftede sagen.", DISCUSSED);
	IS("De drøftede forslag blev udsat.", POSTPONED);
	IS("Orienteringen blev taget til efterretning.", NOTED);
	/* one blank between two words needs no look at the separator; any other gap does */
	IS("Godkendes ikke.", REJECTED);
	IS("Godkendes  ikke.", REJECTED);
	IS("Godkendes\tikke.", REJECTED);
	IS("Godkendes\nikke.", REJECTED);
	IS("Godkendes, ikke uden debat.", APPROVED);
	IS("Godkendes\n\nikke.", APPROVED);
	IS("Sagen drøftes. Udsat.", POSTPONED);
	IS("Sagen drøftes. udsat.", POSTPONED);
	/* a word that runs over a multiple of RF_POLL_BYTES (where the reader polls) is one word */
	for (size_t at = 16370; at <= 16384; at += 7)
	{
		memset(buf, ' ', at);
		memcpy(buf + at, "godkendt", 8);
		CHECK(rf_classify_decision(buf, at + 8) == RF_OUTCOME_APPROVED);
		memcpy(buf + at, "godkendtx", 9);
		CHECK(rf_classify_decision(buf, at + 9) == RF_OUTCOME_NONE);
	}
	/* a word longer than the fold buffer and than RF_POLL_BYTES, of ASCII and of æ */
	n = 0;
	memcpy(buf + n, "Godkendt ", 9);
	n += 9;
	memset(buf + n, 'x', 20000);
	n += 20000;
	CHECK(rf_classify_decision(buf, n) == RF_OUTCOME_APPROVED);
	for (size_t k = 0; k < 5000; k++, n += 2)
		memcpy(buf + n, "\xC3\xA6", 2);
	memcpy(buf + n, " ikke", 5);
	CHECK(rf_classify_decision(buf, n + 5) == RF_OUTCOME_APPROVED);
	memcpy(buf + 9, "ikke", 4);
	CHECK(rf_classify_decision(buf, n + 5) == RF_OUTCOME_APPROVED);
	buf[8] = 'x';
	CHECK(rf_classify_decision(buf, n + 5) == RF_OUTCOME_NONE);
}

int
main(void)
{
	test_approved();
	test_rejected();
	test_postponed();
	test_referred();
	test_decided();
	test_noted();
	test_discussed();
	test_informed();
	test_none();
	test_precedence();
	test_minority();
	test_end_of_decision();
	test_words();
	test_long_input();
	test_shortcuts();
	test_corpus();
	return CHECK_DONE();
}
