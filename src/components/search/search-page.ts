import { containsPhrase, planSearch, type SearchPlan } from '../../lib/search/plan';
import { mergeResults, parseSearchState, serializeSearchState, searchFilterKeys, type SearchState } from '../../lib/search/url-state';
import type { Vocabulary } from '../../lib/search/vocabulary';
import { fill } from '../../i18n/fill';
import { excerptPieces } from '../../lib/search/excerpt';
import { nearestWords } from '../../lib/search/typos';
import { jobsIn } from '../../lib/search/jobs';
import { paths } from '../../lib/paths';
import { url } from '../../lib/url';
import { applyFilters, filterCounts } from '../../lib/search/filtering';
import { loadFilterMembers, loadPagefind, type PagefindResult, type PagefindResultData } from './pagefind';

/** How many results are shown at first, and added by "Visa fler". */
const PAGE_SIZE = 8;

/** Wires up the search page: query and filters in the URL, results as the reader types. */
export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const form = $<HTMLFormElement>('[data-search-form]');
  const input = $<HTMLInputElement>('[data-search-input]');
  const status = $<HTMLElement>('[data-search-status]');
  const list = $<HTMLOListElement>('[data-search-results]');
  const more = $<HTMLButtonElement>('[data-search-more]');
  const suggestion = $<HTMLElement>('[data-search-suggestion]');
  const suggestionLink = $<HTMLAnchorElement>('[data-search-suggestion-link]');
  const noResults = $<HTMLElement>('[data-search-none]');
  const jobsBox = $<HTMLElement>('[data-search-jobs]');
  const jobLines = $<HTMLElement>('[data-search-job-lines]');
  const nearby = $<HTMLElement>('[data-search-nearby]');
  const nearbyLinks = $<HTMLElement>('[data-search-nearby-links]');
  const filterBox = $<HTMLDetailsElement>('[data-search-filters]');
  const filtersChosen = $<HTMLElement>('[data-search-filters-chosen]');
  // Open beside the results on a wide screen; folded on a phone, where the results should come first.
  filterBox.open = matchMedia('(min-width: 48rem)').matches;
  // Arrow keys are no use on a touch screen, so the hint about them is not read out there.
  if (matchMedia('(pointer: coarse)').matches) input.removeAttribute('aria-describedby');
  const resultTemplate = $<HTMLTemplateElement>('[data-search-result-template]');
  const subTemplate = $<HTMLTemplateElement>('[data-search-subresult-template]');
  $<HTMLElement>('[data-search-nojs]').hidden = true;
  const bundle = root.dataset.bundle!;
  const base = root.dataset.base!;
  const messages = JSON.parse(root.dataset.messages ?? '{}') as Record<string, string>;
  const text = (key: string, values: Record<string, string | number> = {}) => fill(messages[key] ?? key, values);

  let vocabulary: Promise<Vocabulary> | undefined;
  const loadVocabulary = () => (vocabulary ??= fetch(`${bundle}ordforrad.json`).then((r) => r.json() as Promise<Vocabulary>));
  const warmUp = () => {
    void loadPagefind(bundle, base);
    void loadVocabulary();
  };

  let generation = 0;
  let shown: PagefindResult[] = [];
  let shownCount = 0;
  let phrases: string[] = [];

  const readForm = (): SearchState => {
    const data = new FormData(form);
    const filters: SearchState['filters'] = {};
    for (const key of searchFilterKeys) {
      const value = String(data.get(key) ?? '');
      if (value) filters[key] = value;
    }
    return { q: input.value.trim(), filters };
  };

  const writeForm = (state: SearchState) => {
    input.value = state.q;
    for (const key of searchFilterKeys) {
      const value = state.filters[key] ?? '';
      const select = form.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
      if (select) select.value = value;
      const radio = form.querySelector<HTMLInputElement>(`input[name="${key}"][value="${CSS.escape(value)}"]`);
      if (radio) radio.checked = true;
    }
  };

  // Typing a new query starts one new history entry, then updates it as the reader types,
  // so the back button returns to the previous search, not to each keystroke.
  let typingStartsEntry = true;
  const updateUrl = (state: SearchState, push: boolean) => {
    const target = `${location.pathname}${serializeSearchState(state)}`;
    if (target === `${location.pathname}${location.search}`) return;
    history[push ? 'pushState' : 'replaceState'](null, '', target);
  };

  async function run(state: SearchState): Promise<void> {
    const current = ++generation;
    suggestion.hidden = true;
    noResults.hidden = true;
    jobsBox.hidden = true;
    if (!state.q) {
      list.replaceChildren();
      more.hidden = true;
      filterBox.hidden = true;
      status.textContent = text('search.status.empty');
      return;
    }
    status.textContent = text('search.status.searching');
    try {
      const [pagefind, words] = await Promise.all([loadPagefind(bundle, base), loadVocabulary()]);
      const plan = planSearch(state.q, words);
      // Every query runs unfiltered; the filters then apply to the merged results, so their counts are exact.
      const runAll = (queries: SearchPlan['queries']) => Promise.all(queries.map(({ query }) => pagefind.search(query)));
      const [whole, members] = await Promise.all([runAll(plan.queries.filter((q) => q.reason !== 'partial')), loadFilterMembers(pagefind)]);
      // Pages with only some of the words, when no page has them all.
      const fullMatches = whole.some((search) => search.results.length > 0);
      const searches = fullMatches ? whole : [...whole, ...(await runAll(plan.queries.filter((q) => q.reason === 'partial')))];
      if (current !== generation) return;

      let merged = mergeResults(searches.map((search) => search.results));
      phrases = plan.phrases;
      if (phrases.length) {
        const checked = await Promise.all(merged.map(async (result) => ((await matchesPhrases(result)) ? result : undefined)));
        merged = checked.filter((result): result is PagefindResult => result !== undefined);
      }
      const selected = state.filters as Record<string, string>;
      const results = applyFilters(merged, selected, members);
      updateFilterCounts(filterCounts(merged, selected, members), state);

      shown = results;
      shownCount = 0;
      list.replaceChildren();
      await showMore(current);
      if (current !== generation) return;
      status.textContent = statusText(state.q, results.length, plan, fullMatches);
      noResults.hidden = results.length > 0;
      showJobs(jobsIn(state.q, words.jobs), words.actorNames);
      if (results.length === 0)
        showNearby(
          state,
          plan.unknown.flatMap((word) => nearestWords(word, words.words, 3)),
        );
      if (plan.suggestion && plan.suggestion !== state.q) {
        suggestionLink.textContent = plan.suggestion;
        suggestionLink.href = serializeSearchState({ ...state, q: plan.suggestion }) || '?';
        suggestion.hidden = false;
      }
    } catch (error) {
      console.error(error);
      if (current === generation) status.textContent = text('search.status.error');
    }
  }

  /** "”rektor” hör oftast till Utbildningsnämnden": the actors of the jobs a query names, as links. */
  function showJobs(matches: ReturnType<typeof jobsIn>, names: Record<string, string>) {
    jobLines.replaceChildren(
      ...matches.map(({ job, actors }) => {
        const line = document.createElement('p');
        const [before = '', after = ''] = text('search.jobs', { job }).split('{actors}');
        // Intl joins the names the Swedish way ("A, B och C"); each name becomes a link.
        const parts = new Intl.ListFormat('sv', { type: 'conjunction' }).formatToParts(actors.map((id) => names[id] ?? id));
        let index = 0;
        const nodes = parts.map((part) => {
          if (part.type === 'literal') return part.value;
          const link = document.createElement('a');
          link.href = url(paths.actor(actors[index++]!));
          link.textContent = part.value;
          return link;
        });
        line.append(before, ...nodes, after);
        return line;
      }),
    );
    jobsBox.hidden = matches.length === 0;
  }

  /** Links to searches for the site's words nearest to the ones that found nothing. */
  function showNearby(state: SearchState, candidates: string[]) {
    const links = [...new Set(candidates)].map((word) => {
      const link = document.createElement('a');
      link.href = serializeSearchState({ ...state, q: word });
      link.textContent = word;
      return link;
    });
    nearbyLinks.replaceChildren(...links.flatMap((link, i) => (i === 0 ? [link] : [document.createTextNode(', '), link])));
    nearby.hidden = links.length === 0;
  }

  /** The status line: the count, and whether the results are for the words as typed or for a repair of them. */
  function statusText(q: string, count: number, plan: SearchPlan, fullMatches: boolean): string {
    if (count === 0) return text('search.status.none', { q });
    const counted = count === 1 ? text('search.status.countOne') : text('search.status.countMany', { count });
    if (plan.repaired) return text('search.status.repaired', { q, count: counted, repaired: plan.repaired });
    if (plan.unknown.length > 0) return text('search.status.loose', { q, count: counted, words: plan.unknown.join(', ') });
    if (!fullMatches) return text('search.status.partial', { q, count: counted });
    return count === 1 ? text('search.status.one', { q }) : text('search.status.count', { count, q });
  }

  async function matchesPhrases(result: PagefindResult): Promise<boolean> {
    const data = await result.data();
    return phrases.every((phrase) => containsPhrase(`${data.meta.title ?? ''} ${data.content}`, phrase));
  }

  async function showMore(current: number): Promise<void> {
    const next = shown.slice(shownCount, shownCount + PAGE_SIZE);
    const data = await Promise.all(next.map((result) => result.data()));
    if (current !== generation) return;
    const first = list.children.length;
    list.append(...data.map(renderResult));
    shownCount += next.length;
    more.hidden = shownCount >= shown.length;
    if (first > 0) list.children[first]?.querySelector('a')?.focus();
  }

  function renderResult(data: PagefindResultData): HTMLLIElement {
    const item = resultTemplate.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
    const field = (name: string) => item.querySelector<HTMLElement>(`[data-field="${name}"]`)!;
    const type = data.filters['typ']?.[0];
    field('type').textContent = type ? labelOf('typ', type) : '';
    const link = field('link') as HTMLAnchorElement;
    link.href = data.url;
    // The template's own text names a page that has no title.
    link.textContent = data.meta.title ?? link.textContent;
    field('excerpt').replaceChildren(...excerptNodes(data.excerpt));
    const subs = data.sub_results.filter((sub) => sub.url !== data.url).slice(0, 3);
    const subList = field('subresults');
    if (subs.length === 0) subList.remove();
    for (const sub of subs) {
      const subItem = subTemplate.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
      const subLink = subItem.querySelector<HTMLAnchorElement>('[data-field="link"]')!;
      subLink.href = sub.url;
      subLink.textContent = sub.title;
      subItem.querySelector<HTMLElement>('[data-field="excerpt"]')!.replaceChildren(...excerptNodes(sub.excerpt));
      subList.append(subItem);
    }
    return item;
  }

  /** Text nodes and <mark> elements for an excerpt: its text is never parsed as HTML. */
  function excerptNodes(excerpt: string): Node[] {
    return excerptPieces(excerpt).map(({ text, marked }) => {
      if (!marked) return document.createTextNode(text);
      const mark = document.createElement('mark');
      mark.textContent = text;
      return mark;
    });
  }

  function labelOf(key: string, value: string): string {
    const option = filterBox.querySelector<HTMLElement>(`[data-search-filter="${key}"] [data-filter-option="${CSS.escape(value)}"]`);
    return option?.dataset.filterLabel ?? value;
  }

  /** Shows each filter value with its number of results; values without results are hidden. */
  function updateFilterCounts(counts: Record<string, Record<string, number>>, state: SearchState) {
    let groupsShown = 0;
    for (const group of filterBox.querySelectorAll<HTMLElement>('[data-search-filter]')) {
      const key = group.dataset.searchFilter!;
      let visible = 0;
      for (const option of group.querySelectorAll<HTMLElement>('[data-filter-option]')) {
        const value = option.dataset.filterOption!;
        const count = counts[key]?.[value] ?? 0;
        const text = `${option.dataset.filterLabel} (${count})`;
        const target = option.querySelector('[data-filter-text]') ?? option;
        target.textContent = text;
        const selected = state.filters[key as keyof SearchState['filters']] === value;
        option.hidden = count === 0 && !selected;
        if (option instanceof HTMLOptionElement) option.disabled = option.hidden;
        if (!option.hidden) visible++;
      }
      group.hidden = visible === 0;
      if (!group.hidden) groupsShown++;
    }
    filterBox.hidden = groupsShown === 0;
    const chosen = Object.keys(state.filters).length;
    filtersChosen.textContent = chosen ? text('search.filtersChosen', { count: chosen }) : '';
  }

  // Arrow keys move between the result links; Escape returns to the field.
  root.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('.rvbe-search__title a')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && (event.target === input || index >= 0)) {
      links[Math.min(index + 1, links.length - 1)]?.focus();
      event.preventDefault();
    } else if (event.key === 'ArrowUp' && index >= 0) {
      (index === 0 ? input : links[index - 1])?.focus();
      event.preventDefault();
    } else if (event.key === 'Escape' && index >= 0) {
      input.focus();
    }
  });

  input.addEventListener('focus', warmUp, { once: true });
  input.addEventListener('input', () => {
    const state = readForm();
    updateUrl(state, typingStartsEntry);
    typingStartsEntry = false;
    void run(state);
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="radio"], select')) {
      const state = readForm();
      updateUrl(state, true);
      void run(state);
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = readForm();
    updateUrl(state, true);
    typingStartsEntry = true;
    void run(state);
  });
  more.addEventListener('click', () => void showMore(generation));
  window.addEventListener('popstate', () => {
    const state = parseSearchState(location.search);
    writeForm(state);
    typingStartsEntry = true;
    void run(state);
  });

  const initial = parseSearchState(location.search);
  writeForm(initial);
  if (initial.q) void run(initial);
  else status.textContent = text('search.status.empty');
}
