/**
 * `node scripts/generate-corpus.ts <content-folder> <pages>`: writes a
 * generated `content/` that builds into about `<pages>` pages: guideline
 * sections, interventions, actors, duties, glossary terms and documents in
 * plain Swedish, with the links, tables and editor components real sections
 * use, and that passes the content checker. `npm run bench` builds it at
 * 1 000 and 5 000 pages to see how the build grows.
 *
 * The proportions follow the real content: a city has a fixed set of actors
 * and a few dozen recurring duties, so those stop growing; sections and
 * interventions make up the bulk.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { interventionKinds, targetGroups, roles, cadences, products, documentKinds } from '../src/schemas.ts';
import { actorPool, aspects, Dice, districts, glossary, paragraph, programmes, programmeVariants, slug, topics } from './corpus/swedish.ts';

/** Pages the site always has, whatever the content: start, 404, search, the overviews and the accessibility page. */
const FIXED_PAGES = 12;

/** How many entries of each collection a corpus has, and the pages that gives. */
export interface CorpusSize {
  pages: number;
  sections: number;
  interventions: number;
  actors: number;
  duties: number;
  terms: number;
  documents: number;
}

interface Named {
  id: string;
  name: string;
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, Math.round(value)));
const link = (entry: Named, base: string) => `[${entry.name}](${base}${entry.id}/)`;

/** Every actor of the pool in the order a corpus takes them: the city's leadership and districts first. */
function actorCandidates(): (Named & { group: string; partOf?: string })[] {
  const list: (Named & { group: string; partOf?: string })[] = actorPool.stadsledning.map((name) => ({
    id: slug(name),
    name,
    group: 'stadsledning',
  }));
  list.push({ id: 'stadsdelsnamnderna', name: 'Stadsdelsnämnderna', group: 'stadsdelsnamnd' });
  for (const district of districts)
    list.push({ id: slug(district), name: `${district} stadsdelsnämnd`, group: 'stadsdelsnamnd', partOf: 'stadsdelsnamnderna' });
  const rest = [actorPool.facknamnd, actorPool.extern, actorPool.bolag] as const;
  const groups = ['facknamnd', 'extern', 'bolag'] as const;
  for (let index = 0; rest.some((names) => index < names.length); index++) {
    rest.forEach((names, group) => {
      if (index < names.length) list.push({ id: slug(names[index]!), name: names[index]!, group: groups[group] });
    });
  }
  return list;
}

/** Every intervention title the vocabulary can make, shuffled the same way each time. */
function interventionTitles(dice: Dice): { title: string; description: string }[] {
  const titles = programmes.flatMap(([programme, description]) =>
    programmeVariants.flatMap((variant) =>
      ['', ...districts].map((district) => ({ title: `${programme}${variant}${district ? ` i ${district}` : ''}`, description })),
    ),
  );
  return dice.some(titles, titles.length);
}

/**
 * Writes a corpus of about `pages` pages into `contentDir` (emptied first)
 * and returns its size. The same `pages` and `seed` always give the same files.
 */
export function generateCorpus(contentDir: string, pages: number, seed = 1): CorpusSize {
  const dice = new Dice(seed);
  rmSync(contentDir, { recursive: true, force: true });
  const write = (folder: string, id: string, extension: 'mdx' | 'yaml', data: Record<string, unknown>, body = '') => {
    mkdirSync(path.join(contentDir, folder), { recursive: true });
    const yaml = stringify(data, { lineWidth: 0 });
    writeFileSync(path.join(contentDir, folder, `${id}.${extension}`), extension === 'yaml' ? yaml : `---\n${yaml}---\n\n${body}\n`);
  };
  const date = () => `20${dice.int(24, 26)}-${String(dice.int(1, 12)).padStart(2, '0')}-${String(dice.int(1, 28)).padStart(2, '0')}`;

  const allActors = actorCandidates();
  const actors = allActors.slice(0, clamp(pages * 0.05, 20, allActors.length));
  const actorIds = new Set(actors.map((actor) => actor.id));
  const terms = glossary
    .slice(0, clamp(pages * 0.04, 10, glossary.length))
    .map(([term, definition]) => ({ id: slug(term), name: term, definition }));
  const documents = Array.from({ length: clamp(pages * 0.03, 5, 150) }, (_, index) => {
    const year = 2016 + (index % 11);
    const actor = actors[index % actors.length]!;
    const kind = index === 0 ? 'beslut' : documentKinds[index % documentKinds.length]!;
    const name =
      index === 0 ? 'Riktlinjer i stadens arbete mot våldsbejakande extremism' : `${kindTitle(kind)} ${year} från ${actor.name} (${index})`;
    return { id: slug(name), name, kind, year, actor };
  });
  const duties = Array.from({ length: clamp(pages * 0.025, 6, 60) }, (_, index) => {
    const name = `${dutyVerbs[index % dutyVerbs.length]} ${dutyObjects[Math.floor(index / dutyVerbs.length) % dutyObjects.length]}`;
    return { id: slug(name), name };
  });
  const interventions = interventionTitles(dice)
    .slice(0, Math.round(pages * 0.28))
    .map(({ title, description }) => ({ id: slug(title), name: title, description, kind: dice.pick(interventionKinds) }));

  // The catalogue gets a page per facet value in use; count them so the sections fill the rest.
  const facetValues = new Set<string>();
  const interventionData = interventions.map((intervention) => {
    const responsible = dice.some([...actorIds], dice.int(1, 2));
    const partners = dice.some(
      [...actorIds].filter((id) => !responsible.includes(id)),
      dice.int(0, 2),
    );
    const groups = dice.some(targetGroups, dice.int(1, 3));
    facetValues.add(`typ/${intervention.kind}`);
    for (const group of groups) facetValues.add(`malgrupp/${group}`);
    for (const id of responsible) facetValues.add(`ansvarig/${id}`);
    for (const id of partners) facetValues.add(`partner/${id}`);
    return { intervention, responsible, partners, groups };
  });

  const sectionCount = Math.max(
    1,
    pages - FIXED_PAGES - actors.length - duties.length - interventions.length - documents.length - facetValues.size,
  );
  const areas = [...districts.map((district) => `i ${district}`), 'i hela staden'];
  const sections = dice
    .some(
      topics.flatMap((topic) => aspects.flatMap((aspect) => areas.map((area) => ({ topic, name: `${topic} ${area}: ${aspect}` })))),
      sectionCount,
    )
    .map(({ topic, name }) => ({ id: slug(name), name, topic }));

  write('installningar', 'webbplats', 'yaml', { status: 'forslag', version: documents[0]!.id });

  const actorLink = (id: string) =>
    link(
      actors.find((actor) => actor.id === id)!,
      '/aktorer/',
    );
  const someActorLinks = (count: number) => dice.some(actors, count).map((actor) => link(actor, '/aktorer/'));

  // Every document stores a text with one quote in it, which roles, cadences and examples cite.
  for (const document of documents) {
    const quote = `${document.actor.name} ska ta fram ${dice.pick(dutyObjects)} vartannat år.`;
    write('dokument', document.id, 'yaml', {
      title: document.name,
      kind: document.kind,
      date: `${document.year}-0${dice.int(1, 9)}-1${dice.int(0, 9)}`,
      issuer: document.actor.id,
      designation: `Dnr KS ${document.year}/${100 + dice.int(0, 899)}`,
      description: `${paragraph(dice, [document.actor.name])}`,
      locator: `Stadens diarium, Dnr KS ${document.year}.`,
      text: `${paragraph(dice, [document.actor.name])}\n\n${quote}\n`,
      quotes: [{ id: `${document.id}-citat`, text: quote }],
    });
  }
  const documentIds = documents.map((document) => document.id);
  const quoteIds = documentIds.map((id) => `${id}-citat`);
  const cite = <T extends object>(actor: string, extra?: T) => ({ actor, basis: dice.pick(quoteIds), ...extra });

  for (const actor of actors) {
    const data = {
      name: actor.name,
      group: actor.group,
      ...(actor.partOf ? { partOf: actor.partOf } : {}),
      summary: `${actor.name} har en egen roll i stadens arbete mot våldsbejakande extremism.`,
      updated: date(),
    };
    const duties = dice.some(dutyObjects, 3).map((object) => `- ${dice.pick(dutyVerbs).toLowerCase()} ${object}`);
    write(
      'aktorer',
      actor.id,
      'mdx',
      data,
      [paragraph(dice, [actor.name]), '## Uppdrag', duties.join('\n'), paragraph(dice, someActorLinks(2))].join('\n\n'),
    );
  }

  for (const term of terms) {
    write('ordlista', term.id, 'yaml', {
      term: term.name,
      definition: term.definition,
      related: dice
        .some(
          terms.filter((other) => other.id !== term.id),
          2,
        )
        .map((other) => other.id),
      source: dice.pick(documentIds),
    });
  }

  duties.forEach((duty, index) => {
    const dutyActors = dice.some([...actorIds], dice.int(2, 5));
    write(
      'ansvar',
      duty.id,
      'mdx',
      {
        title: duty.name,
        order: index + 1,
        ...(dice.next() < 0.7 ? { cadence: { value: dice.pick(cadences), basis: dice.pick(quoteIds) } } : {}),
        ...(dice.next() < 0.5 ? { produces: dice.pick(products) } : {}),
        basedOn: index > 0 && dice.next() < 0.4 ? [duties[dice.int(0, index - 1)]!.id] : [],
        roles: dutyActors.map((actor, position) => cite(actor, { role: position === 0 ? 'ansvarar' : dice.pick(roles.slice(1)) })),
        sources: dice.some(documentIds, dice.int(1, 2)),
        updated: date(),
      },
      [
        paragraph(dice, dutyActors.map(actorLink)),
        paragraph(dice, someActorLinks(2)),
        `Läs mer under ${link(dice.pick(sections), '/riktlinjer/')}.`,
      ].join('\n\n'),
    );
  });

  for (const { intervention, responsible, partners, groups } of interventionData) {
    const body = [
      '## Vad insatsen är',
      `${intervention.name} är ${intervention.description}. ${paragraph(dice, responsible.map(actorLink))}`,
      '## För vem',
      `Insatsen är till för ${groups.map((group) => group.replace(/-/g, ' ')).join(' och ')}. ${paragraph(dice, responsible.map(actorLink))}`,
      '## Vem gör vad',
      paragraph(dice, [...responsible, ...partners].map(actorLink)),
      '## Koppling till arbetet mot våldsbejakande extremism',
      `${paragraph(dice, someActorLinks(2))} Läs mer i ${link(dice.pick(sections), '/riktlinjer/')}.`,
    ];
    write(
      'insatser',
      intervention.id,
      'mdx',
      {
        title: intervention.name,
        summary: `${intervention.name} är ${intervention.description}.`,
        kind: intervention.kind,
        example: dice.pick(quoteIds),
        targetGroups: groups,
        targetBasis: [dice.pick(quoteIds)],
        responsible: responsible.map((actor) => cite(actor)),
        partners: partners.map((actor) => cite(actor)),
        sources: dice.some(documentIds, dice.int(1, 2)),
        updated: date(),
      },
      body.join('\n\n'),
    );
  }

  sections.forEach((section, index) => {
    const sectionActors = dice.some([...actorIds], dice.int(2, 5));
    // Some section must list each intervention (the checker requires it); there are more sections than interventions.
    const own = index < interventions.length ? [interventions[index]!] : [];
    const sectionInterventions = [...new Set([...own, ...dice.some(interventions, dice.int(0, 3))])];
    write(
      'riktlinjer',
      section.id,
      'mdx',
      {
        title: section.name,
        order: index + 1,
        summary: `Avsnittet handlar om ${section.topic.toLocaleLowerCase('sv-SE')} och vem som gör vad.`,
        sources: dice.some(documentIds, dice.int(1, 3)),
        actors: sectionActors,
        interventions: sectionInterventions.map((intervention) => intervention.id),
        owner: dice.pick([...actorIds]),
        updated: date(),
      },
      sectionBody(dice, index, {
        actors: sectionActors.map(actorLink),
        interventions: sectionInterventions,
        terms,
        sections,
        actorIds: sectionActors,
      }),
    );
  });

  write(
    'sidor',
    'tillganglighet',
    'mdx',
    { title: 'Tillgänglighetsredogörelse', summary: 'Så tillgänglig är webbplatsen och hur du kontaktar oss.', updated: date() },
    ['## Hur tillgänglig är webbplatsen?', paragraph(dice, ['Staden']), '## Kontakta oss', paragraph(dice, ['Stadsledningskontoret'])].join(
      '\n\n',
    ),
  );

  const size = {
    sections: sections.length,
    interventions: interventions.length,
    actors: actors.length,
    duties: duties.length,
    terms: terms.length,
    documents: documents.length,
  };
  return {
    pages: FIXED_PAGES + size.actors + size.duties + size.interventions + size.documents + size.sections + facetValues.size,
    ...size,
  };
}

const dutyVerbs = ['Ta fram', 'Följ upp', 'Samordna', 'Revidera'];
const dutyObjects = [
  'lägesbilden',
  'åtgärdsplanerna',
  'handlingsplanerna',
  'samverkansöverenskommelsen',
  'utbildningsplanen',
  'rutinen för informationsdelning',
  'kommunikationsplanen',
  'stödet till avhoppare',
  'arbetet i skolorna',
  'arbetet med föreningsbidrag',
  'krisberedskapen',
  'nätverket för samordnare',
  'rapporteringen till kommunstyrelsen',
  'kontakten med trossamfunden',
  'arbetet i digitala miljöer',
];

function kindTitle(kind: string): string {
  const titles: Record<string, string> = {
    beslut: 'Beslut',
    remiss: 'Remiss',
    yttrande: 'Yttrande',
    lag: 'Lagkommentar',
    strategi: 'Strategi',
    overenskommelse: 'Överenskommelse',
    program: 'Program',
    kunskapsunderlag: 'Kunskapsunderlag',
  };
  return titles[kind] ?? 'Dokument';
}

const sectionHeadings = [
  'Vad det handlar om',
  'Vem gör vad',
  'Så går det till',
  'Stöd och verktyg',
  'Att tänka på',
  'Uppföljning',
  'Bakgrund',
  'Exempel från verksamheten',
  'Samverkan',
];

/** A section's body: three or four headed parts with paragraphs, a list, and now and then a table, a fact box or an editor component. */
function sectionBody(
  dice: Dice,
  index: number,
  {
    actors,
    interventions,
    terms,
    sections,
    actorIds,
  }: { actors: string[]; interventions: Named[]; terms: Named[]; sections: Named[]; actorIds: string[] },
): string {
  const parts: string[] = [];
  for (const heading of dice.some(sectionHeadings, dice.int(3, 4))) {
    parts.push(`## ${heading}`, paragraph(dice, actors));
    const term = dice.pick(terms);
    parts.push(`Här används ordet <Begrepp term="${term.id}" /> som i ordlistan. ${paragraph(dice, actors)}`);
    if (dice.next() < 0.5)
      parts.push(
        dice
          .some(actors, 3)
          .map((actor) => `- ${actor} ${dice.pick(['ansvarar för sin del', 'bidrar med kunskap', 'följer upp resultatet'])}`)
          .join('\n'),
      );
  }
  if (dice.next() < 0.3) parts.push(`<Faktaruta rubrik="Bra att veta">\n\n${paragraph(dice, actors)}\n\n</Faktaruta>`);
  if (dice.next() < 0.2) {
    parts.push(
      [
        '| Vad | Vem | Hur ofta |',
        '| --- | --- | --- |',
        ...actors
          .slice(0, 3)
          .map((actor) => `| ${dice.pick(dutyObjects)} | ${actor} | ${dice.pick(['Varje år', 'Vartannat år', 'Vid behov'])} |`),
      ].join('\n'),
    );
  }
  if (dice.next() < 0.1) parts.push(`<Ansvar aktor="${dice.pick(actorIds)}" />`);
  // The list of every intervention of a kind grows with the catalogue; real guidelines use it in one place per kind.
  if (index < interventionKinds.length) parts.push(`<Insatser typ="${interventionKinds[index]}" />`);
  const related = [...interventions.map((intervention) => link(intervention, '/insatser/')), link(dice.pick(sections), '/riktlinjer/')];
  parts.push(`Läs mer i ${related.join(', ')}.`);
  return parts.join('\n\n');
}

if (import.meta.main) {
  const [folder, pages] = process.argv.slice(2);
  if (!folder || !Number(pages)) {
    process.stderr.write('Så här: node scripts/generate-corpus.ts <mapp för content> <antal sidor>\n');
    process.exit(1);
  }
  const size = generateCorpus(path.resolve(folder), Number(pages));
  process.stdout.write(`${JSON.stringify(size)}\n`);
}
