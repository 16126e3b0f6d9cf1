import { formatDate, formatDateTime, localize, noticePhase, type OutageExtension, type OutageNotice, type Translate } from '@wmebv/core';
import { html, type TemplateResult } from 'lit';

/** Whether the outage a notice reports is over at `at` (it stays shown while its extension runs). */
export function outageOver(notice: OutageNotice, at: Date): boolean {
  return notice.status === 'resolved' || (notice.status === 'planned' && notice.outcome !== undefined && noticePhase(notice, at) === 'over');
}

/** "Storing: het webformulier werkt nu niet", "Gepland onderhoud aan …", "Storing voorbij: … werkt weer". */
export function noticeTitle(notice: OutageNotice, t: Translate, at: Date): string {
  const names = notice.channels.map((channel) => t(`outage.channel.${channel}`));
  const channels = names.length > 1 ? `${names.slice(0, -1).join(', ')} ${t('outage.and')} ${names.at(-1)}` : (names[0] ?? '');
  const key = outageOver(notice, at) ? 'outage.titleOver' : notice.status === 'ongoing' ? 'outage.titleOngoing' : 'outage.titlePlanned';
  return t(key, { channels });
}

/** When it happened or happens, in Europe/Amsterdam time in the user's language. */
export function noticeWhen(notice: OutageNotice, locale: string, t: Translate, at: Date): string {
  if (outageOver(notice, at)) {
    const happened = notice.outcome?.kind === 'happened' ? notice.outcome : undefined;
    const start = happened?.start ?? notice.start;
    const end = happened?.end ?? notice.end ?? notice.start;
    return t(happened ? 'outage.overPlanned' : 'outage.over', { start: formatDateTime(start, locale), end: formatDateTime(end, locale) });
  }
  if (notice.status === 'ongoing') {
    return [
      t('outage.since', { start: formatDateTime(notice.start, locale) }),
      notice.expectedEnd ? t('outage.expectedEnd', { end: formatDateTime(notice.expectedEnd, locale) }) : t('outage.unknownEnd'),
    ].join(' ');
  }
  return notice.expectedEnd
    ? t('outage.plannedPeriod', { start: formatDateTime(notice.start, locale), end: formatDateTime(notice.expectedEnd, locale) })
    : t('outage.plannedFrom', { start: formatDateTime(notice.start, locale) });
}

/**
 * The decided extension in the words of its scope (Awb 2:21 lid 1): which message types, periods
 * ending from when until when, the new last day, and the decision with its date (and link when
 * published). Never more than was decided.
 */
export function renderExtension(extension: OutageExtension, locale: string, t: Translate): TemplateResult {
  const text = t('outage.extension', {
    types: extension.messageTypes.map((type) => t(`messageType.${type}`)).join(', '),
    from: formatDate(extension.periodsEndingFrom, locale),
    to: formatDate(extension.periodsEndingUntil, locale),
    newEnd: formatDate(extension.newEnd, locale),
  });
  const title = localize(extension.decision.title, locale);
  return html`<p class="wmebv-outage-banner__deadline">
    ${text}
    <span class="wmebv-outage-banner__decision"
      >${t('outage.extensionDecision', { date: formatDate(extension.decision.date, locale) })}
      ${extension.decision.url ? html`<a href=${extension.decision.url}>${title}</a>` : title}</span
    >
  </p>`;
}
