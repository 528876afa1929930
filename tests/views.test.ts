import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../src/i18n/index.ts';
import { readContent } from '../src/lib/content-source/source.ts';
import { readExcelCsv } from './support/excel-csv.ts';
import type { Cadence, InterventionKind, Role } from '../src/schemas.ts';
import { axeViolations } from './support/axe.ts';
import { root } from './support/build.ts';
import { launchBrowser } from './support/browser.ts';
import { at } from './support/site-url.ts';

/** The content as editors wrote it, independent of the code that builds the views. */
const content = readContent(root);
const entries = <T>(collection: string) =>
  content.filter((entry) => entry.collection === collection).map((entry) => ({ id: entry.id, ...(entry.data as T) }));
const actors = entries<{ name: string }>('aktorer');
const actorName = (id: string) => actors.find((actor) => actor.id === id)!.name;
// Optional fields are left out of the files when the source says nothing: no roles, no cadence.
const duties = entries<{ title: string; cadence?: { value: Cadence }; roles?: { actor: string; role: Role }[] }>('ansvar').map((duty) => ({
  ...duty,
  cadence: duty.cadence?.value ?? ('anges-inte' as const),
  roles: duty.roles ?? [],
}));
const interventions = entries<{ title: string; kind: InterventionKind; partners?: { actor: string }[] }>('insatser').map(
  (intervention) => ({
    ...intervention,
    partners: (intervention.partners ?? []).map((partner) => partner.actor),
  }),
);
const assignments = duties.flatMap((duty) =>
  duty.roles.map(({ actor, role }) => ({ duty: duty.title, actor: actorName(actor), role: t(`role.${role}`) })),
);
const actorsWithRoles = [...new Set(duties.flatMap((duty) => duty.roles.map((r) => r.actor)))];

let browser: Browser;
let noScript: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  noScript = await browser.newContext({ javaScriptEnabled: false });
});
afterAll(() => browser?.close());

async function openPage(path: string, width = 1280, height = 900): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(at(path));
  return page;
}

const documentWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe('the responsibility matrix', () => {
  it('is a real table at 1280 px: caption, scoped headers, every role in words, a header row that stays in view', async () => {
    const page = await openPage('ansvar/');
    const table = page.getByRole('table', { name: t('ansvar.caption') });
    expect(await table.isVisible()).toBe(true);
    expect(await table.getByRole('columnheader').count()).toBe(duties.length + 1);
    expect(await table.locator('thead th:not([scope="col"]), tbody th:not([scope])').count()).toBe(0);
    expect(await table.locator('th[scope="row"]').count()).toBe(actorsWithRoles.length);
    for (const duty of duties) expect(await table.getByRole('columnheader', { name: new RegExp(`^${duty.title}`) }).count()).toBe(1);

    // Every cell holds its role in words, readable in full: nothing is cut off or hidden.
    const roles = table.locator('td .rvbe-role');
    expect(await roles.count()).toBe(assignments.length);
    const clipped = await table
      .locator('td')
      .evaluateAll(
        (cells) =>
          cells.filter((cell) => cell.scrollWidth > cell.clientWidth + 1 || getComputedStyle(cell).visibility !== 'visible').length,
      );
    expect(clipped).toBe(0);
    expect(await documentWidth(page)).toBeLessThanOrEqual(1280);

    // The header row sticks to the top of the table's region while the rows scroll.
    const region = page.getByRole('region', { name: t('ansvar.caption') });
    await region.evaluate((element) => (element.scrollTop = 400));
    const [regionTop, headerTop] = await Promise.all([
      region.evaluate((element) => element.getBoundingClientRect().top),
      table
        .locator('thead th')
        .first()
        .evaluate((element) => element.getBoundingClientRect().top),
    ]);
    expect(Math.abs(headerTop - regionTop)).toBeLessThanOrEqual(2);
    await page.close();
  });

  it('shows the same data as one card per actor on a 320 px phone, without horizontal scrolling', async () => {
    const page = await openPage('ansvar/', 320, 700);
    expect(await documentWidth(page)).toBeLessThanOrEqual(320);
    expect(await page.getByRole('table').isVisible()).toBe(false);
    const cards = page.getByRole('region', { name: t('ansvar.cards') });
    for (const id of actorsWithRoles)
      expect(await cards.getByRole('heading', { level: 4, name: actorName(id), exact: true }).isVisible()).toBe(true);
    const roles = cards.locator('.rvbe-role');
    expect(await roles.count()).toBe(assignments.length);
    const outside = await cards.locator('.rvbe-role, dt a, h4 a').evaluateAll(
      (elements) =>
        elements.filter((element) => {
          const box = element.getBoundingClientRect();
          return box.width === 0 || box.left < 0 || box.right > 320;
        }).length,
    );
    expect(outside).toBe(0);
    await page.close();
  });

  it('shows the 11 stadsdelsnämnder as one group that expands to list each of them', async () => {
    const page = await openPage('ansvar/', 320, 700);
    const cards = page.getByRole('region', { name: t('ansvar.cards') });
    const members = actors.filter((actor) => (actor as { partOf?: string }).partOf === 'stadsdelsnamnderna');
    expect(members).toHaveLength(11);
    const summary = cards.getByText(t('ansvar.members', { count: 11 }));
    expect(await cards.getByRole('link', { name: members[0]!.name, exact: true }).isVisible()).toBe(false);
    await summary.click();
    for (const member of members) expect(await cards.getByRole('link', { name: member.name, exact: true }).isVisible()).toBe(true);
    await page.close();
  });

  it('passes axe at 1280 px and at 320 px', async () => {
    for (const width of [1280, 320]) {
      const page = await openPage('ansvar/', width);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }
  });
});

describe('the matrix as CSV', () => {
  it('is linked from the matrix and downloads as UTF-8 with BOM and semicolons, carrying every cell of the data', async () => {
    const page = await openPage('ansvar/');
    const link = page.getByRole('link', { name: new RegExp(t('ansvar.download')) });
    expect(await link.getAttribute('download')).not.toBeNull();
    const href = new URL((await link.getAttribute('href'))!, page.url()).href;
    await page.close();

    const response = await fetch(href);
    expect(response.ok).toBe(true);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFFUppgift;Hur ofta;Resultat;Lämnas till;/);

    const [header, ...rows] = readExcelCsv(text);
    expect(rows.at(-1)).toBeDefined();
    expect(rows).toHaveLength(duties.length);
    // Four columns of duty facts, one per actor, and last the passages the row rests on.
    expect(header!.at(-1)).toBe(t('basis.csv'));
    expect(header!.slice(4, -1).sort()).toEqual(actorsWithRoles.map(actorName).sort());
    const cells = rows.flatMap((row) =>
      row.slice(4, -1).flatMap((role, index) => (role ? [{ duty: row[0]!, actor: header![index + 4]!, role }] : [])),
    );
    const key = (cell: { duty: string; actor: string; role: string }) => `${cell.duty} × ${cell.actor} = ${cell.role}`;
    expect(cells.map(key).sort()).toEqual(assignments.map(key).sort());
    for (const duty of duties) expect(rows.find((row) => row[0] === duty.title)?.[1]).toBe(t(`cadence.${duty.cadence}`));
  });
});

describe('the actor chooser', () => {
  it('lists every actor as a plain link without JavaScript', async () => {
    const page = await noScript.newPage();
    await page.goto(at('mitt-ansvar/'));
    expect(await page.getByRole('searchbox').filter({ hasText: '' }).and(page.locator('#aktor-filter')).isVisible()).toBe(false);
    for (const actor of actors) expect(await page.getByRole('main').getByRole('link', { name: actor.name, exact: true }).count()).toBe(1);
    await page.close();
  });

  it('filters as you type, says how many match, and opens the only match with Enter', async () => {
    const page = await openPage('mitt-ansvar/');
    const field = page.getByRole('searchbox', { name: t('mittAnsvar.filter') });
    for (let tab = 0; tab < 40 && !(await field.evaluate((element) => element === document.activeElement)); tab++)
      await page.keyboard.press('Tab');
    expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);

    await page.keyboard.type('hagersten');
    const status = page.locator('[data-chooser-status]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => status.textContent()).toBe(t('mittAnsvar.count', { count: 1, total: actors.length }));
    expect(await page.getByRole('main').getByRole('listitem').filter({ visible: true }).count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(actorName('hagersten-alvsjo'));
    await page.close();
  });

  it('moves from the field to the first match with ArrowDown, and follows it with Enter', async () => {
    const page = await openPage('mitt-ansvar/');
    const field = page.getByRole('searchbox', { name: t('mittAnsvar.filter') });
    await field.focus();
    await page.keyboard.type('social');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(actorName('socialnamnden'));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(actorName('socialnamnden'));
    await page.close();
  });

  it('finds the actor from a profession or a workplace, as an employee names it, and a district from its group’s workplace', async () => {
    const page = await openPage('mitt-ansvar/');
    const field = page.getByRole('searchbox', { name: t('mittAnsvar.filter') });
    const visibleLinks = () => page.getByRole('main').getByRole('listitem').filter({ visible: true }).getByRole('link').allTextContents();
    await field.fill('rektor');
    await expect.poll(visibleLinks).toEqual([actorName('utbildningsnamnden')]);
    await field.fill('socialtjansten');
    await expect.poll(visibleLinks).toEqual(expect.arrayContaining([actorName('socialnamnden'), actorName('stadsdelsnamnderna')]));
    await field.fill('fritidsgård bromma');
    await expect.poll(visibleLinks).toEqual([actorName('bromma')]);
    await page.close();
  });

  it('passes axe', async () => {
    const page = await openPage('mitt-ansvar/');
    await page.getByRole('searchbox', { name: t('mittAnsvar.filter') }).fill('nämnd');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the interventions catalogue', () => {
  const riktade = interventions.filter((i) => i.kind === 'riktad');
  const label = (text: string, count: number) => `${text} (${count})`;
  const items = (page: Page) => page.getByRole('main').locator('[data-facet-item]:visible, .rvbe-interventions__item:visible');

  it('filters without JavaScript by links to static, pre-filtered pages with the right counts', async () => {
    const page = await noScript.newPage();
    await page.goto(at('insatser/'));
    expect(await page.getByRole('checkbox').count()).toBe(await page.getByRole('checkbox').and(page.locator(':not(:visible)')).count());
    const kindLinks = page.getByRole('list', { name: t('facet.slag') });
    for (const kind of ['forebyggande', 'riktad'] as const) {
      const count = interventions.filter((i) => i.kind === kind).length;
      expect(await kindLinks.getByRole('link', { name: label(t(`kind.${kind}`), count) }).count()).toBe(1);
    }
    await kindLinks.getByRole('link', { name: label(t('kind.riktad'), riktade.length) }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/insatser/slag/riktad/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      t('facet.title.slag', { value: t('kind.riktad').toLowerCase() }),
    );
    const shown = await page.getByRole('main').locator('.rvbe-interventions__title').allTextContents();
    expect(shown.sort()).toEqual(riktade.map((i) => i.title).sort());

    const withPartner = interventions.filter((i) => i.partners.includes('civilsamhallet'));
    await page
      .getByRole('list', { name: t('facet.partner') })
      .getByRole('link', { name: label(actorName('civilsamhallet'), withPartner.length) })
      .click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/insatser/partner/civilsamhallet/');
    expect(await page.getByRole('main').locator('.rvbe-interventions__title').allTextContents()).toEqual(withPartner.map((i) => i.title));
    await page.close();
  });

  it('filters instantly with JavaScript, combines facets, keeps them in the URL and announces the count', async () => {
    const page = await openPage('insatser/');
    const status = page.locator('[data-facet-status]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await page.getByRole('list', { name: t('facet.slag') }).isVisible()).toBe(false);

    await page
      .getByRole('group', { name: t('facet.slag') })
      .getByRole('checkbox', { name: new RegExp(`^${t('kind.riktad')}`) })
      .check();
    await expect.poll(() => new URL(page.url()).search).toBe('?slag=riktad');
    expect(await status.textContent()).toBe(t('insatser.status', { shown: riktade.length, total: interventions.length }));
    expect(await items(page).count()).toBe(riktade.length);

    const both = riktade.filter((i) => i.partners.includes('polisen'));
    await page
      .getByRole('group', { name: t('facet.partner') })
      .getByRole('checkbox', { name: new RegExp(`^${actorName('polisen')}`) })
      .check();
    await expect.poll(() => new URL(page.url()).search).toBe('?slag=riktad&partner=polisen');
    expect(await items(page).count()).toBe(both.length);
    expect(await status.textContent()).toBe(
      both.length === 1
        ? t('insatser.statusOne', { total: interventions.length })
        : t('insatser.status', { shown: both.length, total: interventions.length }),
    );

    // The back button steps back through the selections.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('?slag=riktad');
    expect(await items(page).count()).toBe(riktade.length);
    expect(await page.getByRole('checkbox', { name: new RegExp(`^${actorName('polisen')}`) }).isChecked()).toBe(false);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(await items(page).count()).toBe(interventions.length);
    expect(await status.textContent()).toBe(t('insatser.statusAll', { total: interventions.length }));
    await page.close();
  });

  it('restores the selection from a shared URL and after visiting an entry', async () => {
    const page = await openPage('insatser/?slag=riktad&partner=polisen');
    const both = riktade.filter((i) => i.partners.includes('polisen'));
    expect(await items(page).count()).toBe(both.length);
    expect(await page.getByRole('checkbox', { name: new RegExp(`^${t('kind.riktad')}`) }).isChecked()).toBe(true);
    await items(page).first().getByRole('link').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(both[0]!.title);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('?slag=riktad&partner=polisen');
    await expect.poll(() => items(page).count()).toBe(both.length);
    await page.close();
  });

  it('folds the filters behind a toggle on a phone that closes with Escape', async () => {
    const page = await openPage('insatser/', 320, 700);
    expect(await documentWidth(page)).toBeLessThanOrEqual(320);
    const toggle = page.getByRole('button', { name: new RegExp(`^${t('insatser.filters')}`) });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.getAttribute('aria-controls')).toBe('insatsfilter');
    expect(await page.getByRole('checkbox').first().isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const first = page.getByRole('checkbox').first();
    await first.focus();
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await first.isVisible()).toBe(false);
    await page.close();
  });

  it('passes axe with and without a selection, and on a facet page', async () => {
    for (const path of ['insatser/', 'insatser/?slag=riktad&malgrupp=elever', 'insatser/malgrupp/elever/']) {
      const page = await openPage(path);
      expect(await axeViolations(page), path).toEqual([]);
      await page.close();
    }
  });
});

describe('årshjulet and the guideline components', () => {
  it('groups the recurring work by cadence as ordered lists, without inventing dates', async () => {
    const page = await openPage('arshjul/');
    const cadences = [...new Set(duties.map((duty) => duty.cadence))];
    for (const cadence of cadences) {
      const section = page.getByRole('region', { name: t(`cycle.cadence.${cadence}`) });
      const titles = await section.getByRole('list').first().getByRole('heading', { level: 3 }).allTextContents();
      expect(titles.sort()).toEqual(
        duties
          .filter((duty) => duty.cadence === cadence)
          .map((duty) => duty.title)
          .sort(),
      );
    }
    const text = (await page.getByRole('main').textContent()) ?? '';
    expect(text).not.toMatch(/\b(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b/i);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('explains a glossary term in place, by keyboard and without JavaScript', async () => {
    const page = await noScript.newPage();
    await page.goto(at('riktlinjer/lagar-och-styrning/'));
    const button = page.getByRole('button', { name: t('begrepp.explain', { term: 'lägesbild' }) });
    await button.focus();
    await page.keyboard.press('Enter');
    const definition = page.locator(':popover-open');
    expect(await definition.textContent()).toContain('En samlad bild av brotten i ett område.');
    expect(await definition.getByRole('link', { name: t('begrepp.glossary') }).getAttribute('href')).toBe('/ordlista/#lagesbild');
    await page.keyboard.press('Escape');
    expect(await page.locator(':popover-open').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'lägesbild', exact: true }).getAttribute('href')).toBe('/ordlista/#lagesbild');
    await page.close();
  });

  it('renders the duties of an actor and the interventions of a kind from the data in the guideline sections', async () => {
    const page = await openPage('riktlinjer/roller-och-ansvar/');
    const box = page.locator('.rvbe-mdx-ansvar', { hasText: t('mdx.ansvar.title', { name: actorName('stadsdelsnamnderna') }) });
    const listed = await box.locator('li > a:first-child').allTextContents();
    expect(listed.sort()).toEqual(
      duties
        .filter((duty) => duty.roles.some((r) => r.actor === 'stadsdelsnamnderna'))
        .map((duty) => duty.title)
        .sort(),
    );
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(at('riktlinjer/riktade-sociala-insatser/'));
    const list = await page.locator('.rvbe-mdx-insatser li > a').allTextContents();
    expect(list.sort()).toEqual(
      interventions
        .filter((i) => i.kind === 'riktad')
        .map((i) => i.title)
        .sort(),
    );
    await page.close();
  });
});
