/**
 * The interventions and the glossary as CSV for Swedish Excel, one row per
 * record of their JSON files (src/lib/open-data.ts), so the two never differ;
 * lists are joined by commas and values are the words the site shows.
 */
import { t, type StringKey } from '../i18n/index.ts';
import type { OpenData, OpenDataName } from '../schemas.ts';

/** A CSV column: its heading (a key in sv.json) and its value for a record. */
type Column<Item> = readonly [StringKey, (item: Item) => string];
/** One record of a JSON file. */
type ItemOf<Name extends OpenDataName> = OpenData[Name]['items'][number];

const listed = (values: readonly string[]) => values.join(', ');

/** Where the source names nobody responsible, or no target group, the column says so, as the intervention's page does. */
const interventionColumns: Column<ItemOf<'insatser'>>[] = [
  ['data.csv.id', (item) => item.id],
  ['data.csv.intervention', (item) => item.title],
  ['data.csv.summary', (item) => item.summary],
  ['insats.kind', (item) => item.kind.label],
  ['insats.targetGroups', (item) => listed(item.targetGroups.map((group) => group.label)) || t('basis.noTargetGroups')],
  ['insats.responsible', (item) => listed(item.responsible.map(({ actor }) => actor.name)) || t('basis.noResponsibleIntervention')],
  ['insats.partners', (item) => listed(item.partners.map(({ actor }) => actor.name))],
  ['section.sources', (item) => listed(item.sources.map((ref) => ref.title))],
  ['data.csv.page', (item) => item.page],
];

const termColumns: Column<ItemOf<'ordlista'>>[] = [
  ['data.csv.id', (item) => item.id],
  ['data.csv.term', (item) => item.term],
  ['data.csv.definition', (item) => item.definition],
  ['ordlista.abbreviations', (item) => listed(item.abbreviations)],
  ['ordlista.synonyms', (item) => listed(item.synonyms)],
  ['ordlista.related', (item) => listed(item.related.map((ref) => ref.term))],
  ['ordlista.source', (item) => item.source?.title ?? ''],
  ['data.csv.page', (item) => item.page],
];

/** A header row of the columns' headings, then one row per record. */
const csvRows = <Item>(items: readonly Item[], columns: readonly Column<Item>[]): string[][] => [
  columns.map(([heading]) => t(heading)),
  ...items.map((item) => columns.map(([, value]) => value(item))),
];

/** The datasets that also come as CSV for Excel, each with its rows, made from the same records as its JSON file. */
export const openDataCsvRows = {
  insatser: (data: Pick<OpenData, 'insatser'>) => csvRows(data.insatser.items, interventionColumns),
  ordlista: (data: Pick<OpenData, 'ordlista'>) => csvRows(data.ordlista.items, termColumns),
} satisfies Partial<Record<OpenDataName, (data: OpenData) => string[][]>>;
