/**
 * Words and sentence patterns for generated guideline content: the city's
 * districts, committees, companies and partners, and the things the
 * guidelines talk about, so a generated page reads (and indexes) like a real one.
 */

/** Stockholm's 11 district committees (stadsdelsnämnder). */
export const districts = [
  'Bromma',
  'Enskede-Årsta-Vantör',
  'Farsta',
  'Hägersten-Älvsjö',
  'Hässelby-Vällingby',
  'Järva',
  'Kungsholmen',
  'Norra innerstaden',
  'Skarpnäck',
  'Skärholmen',
  'Södermalm',
] as const;

/** Every actor a generated site may name, by group, in the order the site lists groups. */
export const actorPool = {
  stadsledning: ['Kommunfullmäktige', 'Kommunstyrelsen', 'Stadsledningskontoret'],
  facknamnd: [
    'Socialnämnden',
    'Utbildningsnämnden',
    'Arbetsmarknadsnämnden',
    'Kulturnämnden',
    'Idrottsnämnden',
    'Äldrenämnden',
    'Stadsbyggnadsnämnden',
    'Miljö- och hälsoskyddsnämnden',
    'Trafiknämnden',
    'Exploateringsnämnden',
    'Fastighetsnämnden',
    'Servicenämnden',
    'Överförmyndarnämnden',
    'Kyrkogårdsnämnden',
  ],
  bolag: [
    'Stockholms Stadshus AB',
    'Svenska Bostäder',
    'Familjebostäder',
    'Stockholmshem',
    'Micasa Fastigheter',
    'Stockholm Vatten och Avfall',
    'Stockholms Hamnar',
    'Stockholm Business Region',
    'S:t Erik Markutveckling',
    'Stockholms Stads Parkerings AB',
  ],
  extern: [
    'Polisen',
    'Säkerhetspolisen',
    'Center mot våldsbejakande extremism',
    'Region Stockholm',
    'Länsstyrelsen i Stockholms län',
    'Kriminalvården',
    'Skolverket',
    'Socialstyrelsen',
    'Brottsförebyggande rådet',
    'Migrationsverket',
    'Arbetsförmedlingen',
    'Försäkringskassan',
    'Civilsamhället',
    'Trossamfunden',
    'Idrottsföreningarna',
    'Studieförbunden',
    'Fältassistenterna',
    'Myndigheten för stöd till trossamfund',
    'Myndigheten för ungdoms- och civilsamhällesfrågor',
    'Kommunförbundet Stockholms län',
  ],
} as const;

/** What the guidelines are about: the first half of a section's title. */
export const topics = [
  'Tidiga tecken på radikalisering',
  'Stöd till föräldrar',
  'Samverkan med polisen',
  'Informationsdelning och sekretess',
  'Orosanmälan',
  'Skolans förebyggande arbete',
  'Fritid och föreningsliv',
  'Arbetsmarknadsinsatser',
  'Stöd till den som vill lämna',
  'Hot och våld mot medarbetare',
  'Kompetens och utbildning',
  'Lokal lägesbild',
  'Uppföljning och rapportering',
  'Kommunikation vid en händelse',
  'Krisberedskap',
  'Digitala miljöer',
  'Kulturens roll',
  'Idrott och trygghet',
  'Samverkan med civilsamhället',
  'Samverkan med trossamfund',
  'Stöd till anhöriga',
  'Ensamagerande gärningspersoner',
  'Barn i extremistmiljöer',
  'Återvändare från konfliktområden',
  'Uthyrning av lokaler',
  'Föreningsbidrag och demokrativillkor',
  'Upphandling och avtal',
  'Personalsäkerhet',
  'Trygga offentliga miljöer',
  'Unga vuxna utan sysselsättning',
] as const;

/** The second half of a section's title. */
export const aspects = [
  'ansvar och roller',
  'rutiner',
  'så gör du',
  'stöd och verktyg',
  'uppföljning',
  'samverkan',
  'kompetens',
  'vanliga frågor',
  'bakgrund',
  'exempel',
] as const;

/** Kinds of intervention, each with what it is, for titles and summaries. */
export const programmes = [
  ['Föräldrastöd', 'samtal och träffar i grupp för föräldrar som oroar sig för sitt barn'],
  ['Mentorskap', 'en vuxen förebild som träffar en ung person regelbundet'],
  ['Nattvandring', 'vuxna som rör sig ute på kvällar och nätter där unga samlas'],
  ['Fältarbete', 'fältassistenter som söker upp unga där de är'],
  ['Skolsocialt team', 'kurator, skolsköterska och socialsekreterare som arbetar tillsammans på skolan'],
  ['Avhopparstöd', 'stöd till den som vill lämna en extremistmiljö'],
  ['Samtalsstöd', 'enskilda samtal med en socialsekreterare'],
  ['Demokratiarbete', 'lektioner och samtal om demokratiska värderingar'],
  ['Feriejobb', 'sommarjobb för unga som annars saknar sysselsättning'],
  ['Jobbcoachning', 'stöd att hitta arbete eller studier'],
  ['Kompetensutbildning', 'utbildning för medarbetare om våldsbejakande extremism'],
  ['Källkritik på nätet', 'lektioner om propaganda och påverkan i digitala miljöer'],
  ['Öppen fritidsverksamhet', 'fritidsgårdar med personal som känner de unga'],
  ['Anhörigstöd', 'råd och samtal för anhöriga till den som radikaliserats'],
  ['Samverkansmöten', 'regelbundna möten mellan staden och polisen'],
  ['Trygghetsvandring', 'en promenad där boende pekar ut otrygga platser'],
  ['Idrott för alla', 'kostnadsfri idrott på kvällar och helger'],
  ['Läxhjälp', 'stöd i skolarbetet efter skoltid'],
  ['Kulturskola', 'kurser i musik, teater och konst för barn och unga'],
  ['Stödsamtal efter en händelse', 'samtal med elever och personal efter en allvarlig händelse'],
] as const;

/** Where or for whom an intervention is offered: the tail of its title. */
export const programmeVariants = ['', ' för unga vuxna', ' i skolan', ' på fritidsgården', ' för föräldrar', ' på nätet'] as const;

/** Glossary terms, each with its definition. */
export const glossary = [
  ['radikalisering', 'En process där en person allt mer accepterar våld för att nå politiska eller religiösa mål.'],
  ['våldsbejakande extremism', 'Rörelser och ideologier som accepterar eller använder våld för att nå sina mål.'],
  ['lägesbild', 'En samlad bild av problemen i ett område, med en analys av orsaker och följder.'],
  ['åtgärdsplan', 'En plan för vad som ska göras utifrån lägesbilden, och av vem.'],
  ['handlingsplan', 'En nämnds plan för hur den arbetar mot våldsbejakande extremism inom sitt område.'],
  ['orosanmälan', 'En anmälan till socialtjänsten när någon misstänker att ett barn far illa.'],
  ['sekretess', 'Regler om att vissa uppgifter inte får lämnas ut.'],
  ['samverkan', 'När flera aktörer arbetar tillsammans mot ett gemensamt mål.'],
  ['samordnare', 'En person som håller ihop arbetet i en nämnd eller ett område.'],
  ['riskfaktor', 'Något som ökar risken för att en person dras in i våldsbejakande extremism.'],
  ['skyddsfaktor', 'Något som minskar risken för att en person dras in i våldsbejakande extremism.'],
  ['avhoppare', 'En person som har lämnat eller vill lämna en extremistmiljö.'],
  ['återvändare', 'En person som har rest till ett konfliktområde och kommit tillbaka.'],
  ['propaganda', 'Budskap som sprids för att påverka människors åsikter, ofta på ett ensidigt sätt.'],
  ['demokrativillkor', 'Krav på att den som får bidrag från staden respekterar demokratins idéer.'],
  ['förebyggande arbete', 'Arbete som gör det mindre troligt att problem uppstår.'],
  ['riktad insats', 'En insats för en person eller grupp som redan riskerar att dras in.'],
  ['lokalpolisområde', 'Det område som en lokal polisstation ansvarar för.'],
  ['samverkansöverenskommelse', 'En skriftlig överenskommelse mellan staden och polisen om hur de arbetar tillsammans.'],
  ['nulägesrapport', 'En rapport om hur arbetet går, som kommunstyrelsen lämnar vartannat år.'],
  ['stödstruktur', 'De funktioner som stöder nämnderna i arbetet, till exempel samordnare och nätverk.'],
  ['kontaktperson', 'En person i en verksamhet som andra kan vända sig till med frågor.'],
  ['facknämnd', 'En nämnd som ansvarar för ett verksamhetsområde i hela staden.'],
  ['stadsdelsnämnd', 'En nämnd som ansvarar för verksamheten i en del av staden.'],
  ['extremistmiljö', 'En grupp eller ett nätverk där våldsbejakande idéer sprids och stöds.'],
  ['ensamagerande', 'En person som planerar eller utför ett angrepp utan att ingå i en grupp.'],
  ['hatbrott', 'Brott som begås på grund av fördomar mot en grupp.'],
  ['källkritik', 'Att granska var information kommer ifrån och hur trovärdig den är.'],
  ['trygghetsprogram', 'Stadens program för trygghet och säkerhet.'],
  ['informationsdelning', 'När myndigheter lämnar uppgifter till varandra inom ramen för lagen.'],
  ['kompetensutveckling', 'Utbildning som ger medarbetare ny kunskap i arbetet.'],
  ['riskbedömning', 'En bedömning av hur stor risken är att något allvarligt händer.'],
  ['anhörig', 'En person som står någon nära, till exempel en förälder eller ett syskon.'],
  ['fältassistent', 'En medarbetare som söker upp unga i deras egna miljöer.'],
  ['skolsocialt team', 'Ett team på skolan med kurator, skolsköterska och socialsekreterare.'],
  ['civilsamhälle', 'Föreningar, trossamfund och andra grupper utanför det offentliga.'],
  ['lokal samordning', 'Arbetet med att hålla ihop insatserna i ett område.'],
  ['uppföljning', 'Att ta reda på om arbetet ger de resultat som var tänkt.'],
  ['styrdokument', 'Ett dokument som styr hur staden arbetar, till exempel riktlinjer och program.'],
  ['remiss', 'Ett förslag som skickas till berörda för att de ska tycka till.'],
] as const;

/** What actors do in running text. */
const verbs = [
  'ansvarar för',
  'tar fram',
  'följer upp',
  'samordnar',
  'stöder',
  'utvecklar',
  'deltar i',
  'rapporterar om',
  'leder',
  'ser över',
];
const objects = [
  'lägesbilden',
  'arbetet mot våldsbejakande extremism',
  'samverkan med polisen',
  'stödet till föräldrar',
  'det förebyggande arbetet',
  'insatserna för unga',
  'kompetensen hos medarbetarna',
  'kontakten med civilsamhället',
  'åtgärdsplanen',
  'handlingsplanen',
  'rutinerna för informationsdelning',
  'arbetet i skolorna',
];
const clauses = [
  'varje år',
  'vartannat år',
  'i hela staden',
  'tillsammans med skolan',
  'när det behövs',
  'inom sitt område',
  'i nära samarbete med stadsdelsnämnderna',
  'enligt riktlinjerna',
];
const openers = [
  'Det är viktigt att',
  'Riktlinjerna säger att',
  'Erfarenheten visar att',
  'Målet är att',
  'I praktiken betyder det att',
  'Staden vill att',
];
const outcomes = [
  'fler unga får stöd i tid',
  'medarbetare vet vart de ska vända sig',
  'oro fångas upp tidigt',
  'ingen faller mellan stolarna',
  'arbetet bygger på en gemensam bild av läget',
  'insatserna följs upp och förbättras',
  'föräldrar får råd när de behöver det',
  'ingen verksamhet bidrar till extremism',
];
const advice = [
  'Prata med din chef om du känner oro.',
  'Gör en orosanmälan om ett barn kan fara illa.',
  'Dokumentera vad du har sett och hört.',
  'Kontakta samordnaren i din förvaltning.',
  'Ta hjälp av polisen om det finns risk för brott.',
  'Använd stadens rutin för informationsdelning.',
  'Erbjud samtal och följ upp efter några veckor.',
];

/** A small, seeded pseudo-random source (mulberry32), so a corpus is the same every time. */
export class Dice {
  #state: number;
  constructor(seed: number) {
    this.#state = seed >>> 0;
  }
  /** A number in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** `count` different items, in random order. */
  some<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < Math.min(count, items.length)) chosen.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return chosen;
  }
}

/** One sentence in plain Swedish about `actor` (a Markdown link or a name). */
export function sentence(dice: Dice, actor: string): string {
  switch (dice.int(0, 3)) {
    case 0:
      return `${actor} ${dice.pick(verbs)} ${dice.pick(objects)} ${dice.pick(clauses)}.`;
    case 1:
      return `${dice.pick(openers)} ${dice.pick(outcomes)}.`;
    case 2:
      return dice.pick(advice);
    default:
      return `${dice.pick(openers)} ${actor} ${dice.pick(verbs)} ${dice.pick(objects)}.`;
  }
}

/** A paragraph of three to five sentences. */
export function paragraph(dice: Dice, actors: readonly string[]): string {
  return Array.from({ length: dice.int(3, 5) }, () => sentence(dice, dice.pick(actors))).join(' ');
}

/** The id an editor gives a file for `name`: lower case, å/ä → a, ö → o, hyphens. */
export function slug(name: string): string {
  return name
    .toLocaleLowerCase('sv-SE')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
