/**
 * Årshjulet: the recurring work, generated from the duties' cadences and from
 * what each duty builds on and reports to. The sources give no months or
 * dates, so the cycle is grouped by how often work recurs, not by calendar.
 */
import { cadences, roles, type Cadence, type Role } from '../schemas.ts';
import { t } from '../i18n/index.ts';
import { recipientsOf, type Duty } from './relations.ts';

/** A cadence, or `anges-inte` for duties whose source does not say how often they recur. */
export type CycleCadence = Cadence | 'anges-inte';

/** The cadence a duty recurs with, as far as its source says. */
export const cadenceOf = (duty: Duty): CycleCadence => duty.data.cadence?.value ?? 'anges-inte';

const cycleCadences: readonly CycleCadence[] = [...cadences, 'anges-inte'];

/**
 * How often a duty recurs, in words. Beside a "Hur ofta" label the unknown
 * cadence reads "anges inte i källan"; standing alone it says what is unknown.
 * @example cadenceLabel(duty, { standalone: true }) // 'vartannat år' or 'hur ofta anges inte i källan'
 */
export function cadenceLabel(duty: Duty, { standalone = false } = {}): string {
  const cadence = cadenceOf(duty);
  return cadence === 'anges-inte' && standalone ? t('cadence.unlabelled') : t(`cadence.${cadence}`);
}

/** One duty in the cycle, with who does what and how it connects to other duties. */
export interface CycleStep<D extends Duty = Duty> {
  duty: D;
  /** Actor ids by role, strongest role first; roles nobody holds are left out. */
  roles: { role: Role; actors: string[] }[];
  /** The duties whose results this one builds on, in matrix order. */
  basedOn: D[];
  /** The duties that build on this one's result, in matrix order. */
  feeds: D[];
}

/** The duties that recur equally often. */
export interface CyclePhase<D extends Duty = Duty> {
  cadence: CycleCadence;
  steps: CycleStep<D>[];
}

/** A chain of results: each step builds on the one before; the last is handed to `recipient`. */
export interface CycleFlow<D extends Duty = Duty> {
  steps: D[];
  /** The actor id the last step's result is handed to (its role `tar-emot`), if any. */
  recipient?: string;
}

const byOrder = <D extends Duty>(a: D, b: D) => a.data.order - b.data.order;

/**
 * The cycle grouped by cadence (årligen, vartannat år, löpande, vid behov, and
 * last the duties whose source gives no cadence); within a group a duty comes
 * after those it builds on, otherwise in matrix order.
 */
export function buildCycle<D extends Duty>(duties: readonly D[]): CyclePhase<D>[] {
  const sorted = [...duties].sort(byOrder);
  const byId = new Map(sorted.map((duty) => [duty.id, duty]));
  const step = (duty: D): CycleStep<D> => ({
    duty,
    roles: roles
      .map((role) => ({ role, actors: duty.data.roles.filter((r) => r.role === role).map((r) => r.actor.id) }))
      .filter(({ actors }) => actors.length > 0),
    basedOn: duty.data.basedOn.flatMap((ref) => byId.get(ref.id) ?? []).sort(byOrder),
    feeds: sorted.filter((other) => other.data.basedOn.some((ref) => ref.id === duty.id)),
  });
  return cycleCadences
    .map((cadence) => ({ cadence, steps: flowOrder(sorted.filter((duty) => cadenceOf(duty) === cadence)).map(step) }))
    .filter((phase) => phase.steps.length > 0);
}

/** Duties in matrix order, except that a duty waits for the duties it builds on among them. */
function flowOrder<D extends Duty>(duties: readonly D[]): D[] {
  const ordered: D[] = [];
  const visit = (duty: D, path: Set<string>) => {
    if (ordered.includes(duty) || path.has(duty.id)) return;
    path.add(duty.id);
    for (const ref of duty.data.basedOn) {
      const before = duties.find((other) => other.id === ref.id);
      if (before) visit(before, path);
    }
    ordered.push(duty);
  };
  for (const duty of duties) visit(duty, new Set());
  return ordered;
}

/**
 * The flows of results: every chain of duties that build on each other, from
 * the first result to the last and whom it is handed to, and every other duty
 * that produces something as a flow of its own. Ordered by the first step's
 * cadence (yearly first), then by matrix order.
 */
export function cycleFlows<D extends Duty>(duties: readonly D[]): CycleFlow<D>[] {
  const sorted = [...duties].sort(byOrder);
  const next = (duty: D) => sorted.filter((other) => other.data.basedOn.some((ref) => ref.id === duty.id));
  const buildsOnAny = (duty: D) => duty.data.basedOn.some((ref) => sorted.some((other) => other.id === ref.id));
  const chains: D[][] = [];
  const walk = (chain: D[]) => {
    const last = chain.at(-1)!;
    const following = next(last).filter((duty) => !chain.includes(duty));
    if (following.length === 0) chains.push(chain);
    for (const duty of following) walk([...chain, duty]);
  };
  for (const root of sorted.filter((duty) => !buildsOnAny(duty) && next(duty).length > 0)) walk([root]);
  const inChains = new Set(chains.flat());
  for (const duty of sorted) if (duty.data.produces && !inChains.has(duty)) chains.push([duty]);
  const rank = (duty: D) => cycleCadences.indexOf(cadenceOf(duty));
  return chains
    .sort((a, b) => rank(a[0]!) - rank(b[0]!) || byOrder(a[0]!, b[0]!))
    .map((steps) => {
      const recipient = recipientsOf(steps.at(-1)!)[0];
      return recipient ? { steps, recipient } : { steps };
    });
}
