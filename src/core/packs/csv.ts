/**
 * A small RFC 4180 CSV reader: comma-separated, fields optionally in double quotes, "" for a quote
 * inside quotes, line breaks allowed inside quoted fields, CRLF or LF rows. Pure; never throws.
 */

export type CsvResult = { ok: true; rows: string[][] } | { ok: false; line: number; message: string };

export function parseCsv(text: string): CsvResult {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteStartLine = 1;
  let fieldStarted = false;
  let rowEmpty = true;
  const src = text.startsWith('\ufeff') ? text.slice(1) : text;

  const endField = () => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    // Blank lines are skipped; a line holding only "" is a row with one empty field.
    if (!rowEmpty) rows.push(row);
    row = [];
    rowEmpty = true;
  };

  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c !== '\r' && c !== '\n') rowEmpty = false;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          const next = src[i + 1];
          if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r')
            return { ok: false, line, message: 'a closing quote must be followed by a comma or the end of the row' };
        }
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"') {
      if (fieldStarted)
        return { ok: false, line, message: 'a quote inside an unquoted field; put the whole field in quotes' };
      quoted = true;
      fieldStarted = true;
      quoteStartLine = line;
    } else if (c === ',') {
      endField();
    } else if (c === '\r') {
      if (src[i + 1] === '\n') i++;
      endRow();
      line++;
    } else if (c === '\n') {
      endRow();
      line++;
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (quoted) return { ok: false, line: quoteStartLine, message: 'a quoted field is never closed' };
  if (!rowEmpty) endRow();
  return { ok: true, rows };
}

/** Writes rows as CSV, quoting only fields that need it. The inverse of parseCsv. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const cell = (s: string) => (/[",\r\n]/.test(s) || s === '' ? `"${s.replaceAll('"', '""')}"` : s);
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
