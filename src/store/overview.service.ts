// Table 3 for a year and the due list for a day, from the store. Table 3 is counted in SQL over
// the derived columns; the due list takes candidate rows from SQL and lets the core's
// dueStatus() decide each one from its event log, so both agree with the core by construction.

import { CalendarError, type IsoDate, type WorkingCalendar } from '../calendar/index.ts';
import {
  type ApplicationState,
  applicationState,
  DUE_SOON_WORKING_DAYS,
  type DueStatusKind,
  dueStatus,
} from '../cases/index.ts';
import type { Table3, Table3Row } from '../report/annual-report.ts';
import {
  APPLICANT_COLUMN_KEYS,
  type ApplicantColumnKey,
  TABLE3_COLUMN_KEYS,
  templateForYear,
} from '../report/template.ts';
import type { ApplicationRepository } from './application.repository.ts';
import type { OverviewRepository, TypeCount } from './overview.repository.ts';

export interface DueEntry {
  id: string;
  agency: string;
  applicantName: string;
  /** The clerk handling it (经办人): who registered it. */
  clerk: string;
  title: string;
  receiptDate: IsoDate;
  /** calendarMissing: the deadline runs into a year the calendar has no data for. */
  status: Exclude<DueStatusKind, 'closed' | 'onTrack'> | 'calendarMissing';
  dueDate?: IsoDate;
  workingDaysLeft?: number;
  reason: string;
}

const STATUS_ORDER: DueEntry['status'][] = ['overdue', 'dueToday', 'dueSoon', 'paused', 'calendarMissing'];

export class OverviewService {
  constructor(
    private readonly overview: OverviewRepository,
    private readonly applications: ApplicationRepository,
    private readonly calendar: WorkingCalendar,
  ) {}

  /** Table 3 of `year` for one agency, in the rows of the template in force that year. */
  async table3(agency: string, year: number): Promise<Table3> {
    const start = `${year}-01-01`;
    const end = `${year}-12-31`;
    const template = templateForYear(year);
    const table: Table3 = {};
    for (const row of template.table3Rows) table[row.key] = emptyRow();
    const add = (rowKey: string, { applicant_type, n }: TypeCount) => {
      const row = table[rowKey];
      if (!row || !APPLICANT_COLUMN_KEYS.includes(applicant_type as ApplicantColumnKey)) {
        throw new Error(`table 3 has no cell ${rowKey}/${applicant_type}`); // a corrupted row
      }
      row[applicant_type as ApplicantColumnKey] = (row[applicant_type as ApplicantColumnKey] ?? 0) + n;
      row.total = (row.total ?? 0) + n;
    };
    for (const c of await this.overview.receivedBetween(agency, start, end)) add('received', c);
    for (const c of await this.overview.openAtEndOf(agency, `${year - 1}-12-31`)) add('carriedOver', c);
    for (const c of await this.overview.closedBetween(agency, start, end)) {
      // The 2019 template has one row for the three kinds of other handling (as table3.ts).
      const outcome =
        template.version === '2019' && c.disposition.startsWith('otherHandling.')
          ? 'otherHandling'
          : c.disposition;
      add(outcome, c);
      add('totalHandled', c);
    }
    for (const c of await this.overview.openAtEndOf(agency, end)) add('carriedForward', c);
    return table;
  }

  /**
   * Applications due today, within 3 working days, overdue or paused on `day`, most urgent
   * first; for the office, or for one clerk (`clerk`: the actor who registered them).
   */
  async dueList(
    agency: string | undefined,
    day: IsoDate,
    filter: { clerk?: string } = {},
  ): Promise<DueEntry[]> {
    const candidates = await this.overview.dueCandidates(agency, day, this.soonLimit(day));
    const logs = await this.applications.logs(candidates.map((c) => c.id));
    const entries: DueEntry[] = [];
    for (const log of logs.values()) {
      // The application as it stood on `day`: its later steps had not happened yet.
      const asOf = log.filter((event) => event.at <= day);
      if (asOf.length === 0) continue;
      if (filter.clerk !== undefined && asOf[0]?.actor !== filter.clerk) continue;
      const entry = this.entry(applicationState(asOf), day);
      if (entry) entries.push(entry);
    }
    const rank = (e: DueEntry) => STATUS_ORDER.indexOf(e.status);
    return entries.sort(
      (a, b) =>
        rank(a) - rank(b) || (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.id.localeCompare(b.id),
    );
  }

  /** Whether `clerk` registered any application (see OverviewRepository.isClerk). */
  isClerk(clerk: string): Promise<boolean> {
    return this.overview.isClerk(clerk);
  }

  private entry(state: ApplicationState, day: IsoDate): DueEntry | undefined {
    const base = {
      id: state.id,
      agency: state.agency,
      applicantName: state.applicant.name,
      clerk: state.registeredBy,
      title: state.request.title ?? state.request.documentNumber ?? state.request.description ?? '',
      receiptDate: state.receiptDate,
    };
    try {
      const { status, dueDate, workingDaysLeft, reason } = dueStatus(state, day, this.calendar);
      if (status === 'closed' || status === 'onTrack') return undefined;
      return {
        ...base,
        status,
        reason,
        ...(dueDate ? { dueDate } : {}),
        ...(workingDaysLeft === undefined ? {} : { workingDaysLeft }),
      };
    } catch (error) {
      if (!(error instanceof CalendarError)) throw error;
      return { ...base, status: 'calendarMissing', reason: `无法计算答复期限：${error.message}` };
    }
  }

  /** `day` plus 3 working days; a month when the calendar ends sooner (dueStatus decides anyway). */
  private soonLimit(day: IsoDate): string {
    try {
      return this.calendar.addWorkingDays(day, DUE_SOON_WORKING_DAYS);
    } catch (error) {
      if (!(error instanceof CalendarError)) throw error;
      const d = new Date(`${day}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + 31);
      return d.toISOString().slice(0, 10);
    }
  }
}

function emptyRow(): Table3Row {
  return Object.fromEntries(TABLE3_COLUMN_KEYS.map((key) => [key, 0])) as Table3Row;
}
