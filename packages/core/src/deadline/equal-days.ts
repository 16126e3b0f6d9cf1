/**
 * Days declared equal to the recognised holidays by royal decree (Algemene termijnenwet art. 3
 * lid 3), as data: the decrees follow no rule (Monday 4 May 2026 and Monday 26 April 2027 are not
 * included although they fall between a weekend and a holiday), so they are never derived.
 *
 * Source: `docs/law/atw-equal-days.md` (decree titles as published in the Staatscourant). When a new
 * decree appears, add its days here with its title and move `EQUAL_STATUS_COVERAGE.to` on; check
 * zoek.officielebekendmakingen.nl.
 */

/** One day declared equal, with the decree that did so. */
export interface EqualStatusDay {
  /** `YYYY-MM-DD`. */
  date: string;
  /** The title of the royal decree (Besluit gelijkstelling ...), published in the Staatscourant. */
  decree: string;
}

const DECREE_2023 =
  'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag';
const DECREE_2026 =
  'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag';

export const EQUAL_STATUS_DAYS: readonly EqualStatusDay[] = [
  { date: '2023-04-28', decree: DECREE_2023 },
  { date: '2023-05-19', decree: DECREE_2023 },
  { date: '2024-05-10', decree: DECREE_2023 },
  { date: '2024-12-27', decree: DECREE_2023 },
  { date: '2025-05-30', decree: DECREE_2023 },
  { date: '2026-01-02', decree: DECREE_2026 },
  { date: '2026-05-15', decree: DECREE_2026 },
  { date: '2027-05-07', decree: DECREE_2026 },
  { date: '2028-04-28', decree: DECREE_2026 },
  { date: '2028-05-26', decree: DECREE_2026 },
];

/**
 * The years for which the decrees are known (inclusive). For a day outside them the calendar says
 * that equal-status days are not known, computes with the statutory holidays only and flags it.
 */
export const EQUAL_STATUS_COVERAGE = { fromYear: 2023, toYear: 2028 } as const;
