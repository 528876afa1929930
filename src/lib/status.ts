/**
 * The guidelines' status as every page states it, derived from the one editor
 * setting in `content/installningar/webbplats.yaml`: a proposal until an editor
 * records kommunfullmäktige's decision, then adopted guidelines.
 */
import { t } from '../i18n/index.ts';
import type { DocumentData, GuidelineState } from '../schemas.ts';
import { formatDate } from './format.ts';

/** What the status banner and the decision history say. */
export interface StatusMessage {
  state: GuidelineState;
  /** A short statement that starts the banner, e.g. "Förslag, inte beslutade riktlinjer." */
  title: string;
  /** One or two sentences on what the site describes. */
  text: string;
  /** What applies today as far as the sources tell, and what to do for certainty. */
  today: string;
}

/**
 * The status in plain words.
 * @param settings the site settings' status, with the documents they name already looked up.
 * @example statusMessage({ status: 'forslag', version: { date: new Date('2024-02-29') } }).title // 'Förslag, inte beslutade riktlinjer.'
 */
export function statusMessage(settings: {
  status: GuidelineState;
  version: Pick<DocumentData, 'date'>;
  decision?: Pick<DocumentData, 'date' | 'designation'> | undefined;
}): StatusMessage {
  if (settings.status === 'antagna') {
    const date = settings.decision?.date ? formatDate(settings.decision.date) : '';
    return {
      state: 'antagna',
      title: t('status.antagna.title'),
      text: t('status.antagna.text', { date, designation: settings.decision?.designation ? ` (${settings.decision.designation})` : '' }),
      today: t('status.today.antagna', { date }),
    };
  }
  return {
    state: 'forslag',
    title: t('status.forslag.title'),
    text: t('status.forslag.text', {
      from: settings.version.date ? t('status.from', { year: settings.version.date.getUTCFullYear() }) : '',
    }),
    today: t('status.today.forslag'),
  };
}
