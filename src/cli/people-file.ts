// Reading people for `admin import`: a CSV file with a header row, or a JSON array of objects, both turned
// into flat rows of strings with the column names that `admin.importPeople` reads. The CSV reader follows
// RFC 4180: comma-separated, fields optionally in double quotes, `""` for a quote inside a quoted field, quoted
// fields may hold commas and line breaks, LF or CRLF line endings, an optional UTF-8 byte-order mark.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

export const PEOPLE_COLUMNS = [
  'name',
  'role',
  'zone',
  'department',
  'platform',
  'workspace_id',
  'user_id',
  'therapist_user_id',
  'allowance',
  'email',
  // Optional, for an employee whose therapist is on another platform or workspace:
  'therapist_platform',
  'therapist_workspace_id',
] as const;

export type PeopleRow = Record<string, string>;

export interface PeopleFile {
  rows: PeopleRow[];
  /** Where each row starts in the file, for the report: `line 4` (CSV) or `item 3` (JSON). */
  where: string[];
}

export class PeopleFileError extends Error {}

export interface CsvRecord {
  fields: string[];
  line: number;
}

/** Parses CSV text into records; blank lines are skipped. Throws PeopleFileError on malformed quoting. */
export function parseCsv(text: string): CsvRecord[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let atFieldStart = true;
  let sawAny = false; // whether the current record has any content (to skip blank lines)

  const endRecord = () => {
    fields.push(field);
    if (sawAny) records.push({ fields, line: recordLine });
    fields = [];
    field = '';
    sawAny = false;
    atFieldStart = true;
  };

  while (i < src.length) {
    const c = src[i] as string;
    if (atFieldStart && c === '"') {
      // A quoted field: runs to the closing quote; "" is a literal quote.
      sawAny = true;
      const openedAt = line;
      i++;
      for (;;) {
        if (i >= src.length) throw new PeopleFileError(`line ${openedAt}: a quoted field is never closed`);
        const q = src[i] as string;
        if (q === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === '\n') line++;
        field += q;
        i++;
      }
      const next = src[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        throw new PeopleFileError(`line ${line}: unexpected text after a closing quote`);
      }
      atFieldStart = false;
      continue;
    }
    if (c === ',') {
      sawAny = true;
      fields.push(field);
      field = '';
      atFieldStart = true;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    if (c === '"') throw new PeopleFileError(`line ${line}: a quote inside an unquoted field (quote the whole field and double the quote)`);
    sawAny = true;
    field += c;
    atFieldStart = false;
    i++;
  }
  if (sawAny || fields.length > 0) endRecord();
  return records;
}

/** `Workspace ID`, `workspace-id` and `workspaceId` all name the column `workspace_id`. */
export function columnName(raw: string): string {
  return raw
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function checkColumns(columns: string[], where: string): void {
  const known = new Set<string>(PEOPLE_COLUMNS);
  const unknown = columns.filter((c) => !known.has(c));
  if (unknown.length > 0) {
    throw new PeopleFileError(
      `${where}: unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (known: ${PEOPLE_COLUMNS.join(', ')})`,
    );
  }
}

export function peopleFromCsv(text: string): PeopleFile {
  const [header, ...records] = parseCsv(text);
  if (!header) throw new PeopleFileError('the file is empty: expected a header row, e.g. ' + PEOPLE_COLUMNS.slice(0, 10).join(','));
  const columns = header.fields.map(columnName);
  checkColumns(columns, 'header');
  const duplicate = columns.find((c, i) => columns.indexOf(c) !== i);
  if (duplicate) throw new PeopleFileError(`header: column ${duplicate} appears twice`);
  const rows: PeopleRow[] = [];
  const where: string[] = [];
  for (const record of records) {
    if (record.fields.length !== columns.length) {
      throw new PeopleFileError(`line ${record.line}: ${record.fields.length} fields where the header has ${columns.length}`);
    }
    rows.push(Object.fromEntries(columns.map((c, i) => [c, record.fields[i] ?? ''])));
    where.push(`line ${record.line}`);
  }
  return { rows, where };
}

export function peopleFromJson(text: string): PeopleFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new PeopleFileError(`not valid JSON: ${(err as Error).message}`);
  }
  const list = Array.isArray(data) ? data : (data as { people?: unknown } | null)?.people;
  if (!Array.isArray(list)) throw new PeopleFileError('expected a JSON array of people (or an object with a "people" array)');
  const rows: PeopleRow[] = [];
  const where: string[] = [];
  list.forEach((item: unknown, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new PeopleFileError(`item ${i + 1}: expected an object`);
    const row: PeopleRow = {};
    for (const [key, value] of Object.entries(item)) {
      const column = columnName(key);
      checkColumns([column], `item ${i + 1}`);
      if (value === null || value === undefined) row[column] = '';
      else if (typeof value === 'string' || typeof value === 'number') row[column] = String(value);
      else throw new PeopleFileError(`item ${i + 1}: ${key} must be a string or a number`);
    }
    rows.push(row);
    where.push(`item ${i + 1}`);
  });
  return { rows, where };
}

export async function readPeopleFile(path: string): Promise<PeopleFile> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.csv' && ext !== '.json') throw new PeopleFileError(`${path}: expected a .csv or .json file`);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new PeopleFileError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return ext === '.csv' ? peopleFromCsv(text) : peopleFromJson(text);
}
