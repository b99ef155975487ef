/**
 * Reading a custom question pack from a file: YAML or JSON in the bank's own question format, or CSV
 * with one row per question. Every item is checked with the bank's schema and the bank's item lint
 * rules; the report names the file, the item and the field of each problem. Valid items make up
 * the pack that can be imported; invalid ones are listed and skipped. Pure, and never throws.
 */
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { toQuestion } from '../bank/compile';
import { domainIdSchema, OPTION_KEYS, questionFileSchema, type Domain, type Question } from '../bank/schema';
import { BARS, itemProblems, jaccard, shingles } from '../bank/quality';
import { parseCsv } from './csv';
import {
  MAX_PACK_QUESTIONS,
  packDomainSchema,
  packIdSchema,
  storedPackSchema,
  type PackDomain,
  type StoredPack,
} from './format';

export const MAX_PACK_BYTES = 5 * 1024 * 1024;

export interface PackProblem {
  file: string;
  /** 1-based position of the item in the file (its row number for CSV, counting the header); null for the file. */
  item: number | null;
  /** The item's id when it has a readable one. */
  id: string | null;
  field: string;
  message: string;
}

export interface PackReport {
  file: string;
  /** The pack to store: only valid items. Null when nothing can be imported. */
  pack: StoredPack | null;
  /** How many items the file holds, and how many passed. */
  total: number;
  valid: number;
  problems: PackProblem[];
  /** Things worth knowing that do not block an item (for example raw HTML, which is shown as text). */
  warnings: PackProblem[];
}

export interface PackContext {
  fileName: string;
  text: string;
  builtInDomains: readonly Domain[];
  /** Built-in questions, to catch items that nearly repeat one of them. */
  builtInQuestions: readonly Pick<Question, 'id' | 'stem'>[];
  now: number;
}

const headerSchema = z.strictObject({
  id: packIdSchema.optional(),
  name: z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters').optional(),
  domains: z
    .array(
      z.strictObject({
        id: domainIdSchema,
        name: packDomainSchema.shape.name,
        mapsTo: domainIdSchema.nullable().optional(),
      }),
    )
    .max(50, 'a pack may declare at most 50 domains')
    .optional(),
});
type Header = z.infer<typeof headerSchema>;

/** CSV columns, in the order the template lists them. */
export const CSV_COLUMNS = [
  'id',
  'domain',
  'difficulty',
  'title',
  'tags',
  'stem',
  ...OPTION_KEYS.flatMap((k) => [`option_${k.toLowerCase()}`, `why_${k.toLowerCase()}`]),
  'answer',
  'explanation',
] as const;
const CSV_REQUIRED = CSV_COLUMNS.filter((c) => c !== 'tags');

function slug(s: string): string {
  const out = s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^[^a-z]+/, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return out || 'my-pack';
}

function titleCase(id: string): string {
  const s = id.replace(/-/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function baseName(file: string): string {
  return file.replace(/\.[A-Za-z0-9]+$/, '');
}

function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(name);
  return m ? m[1]!.toLowerCase() : '';
}

interface RawPack {
  header: Header;
  items: unknown[];
  /** How each item is numbered in the report (CSV rows count the header line). */
  itemNumber: (index: number) => number;
}

type Read = { ok: true; raw: RawPack } | { ok: false; problems: PackProblem[] };

function fileProblem(file: string, field: string, message: string): PackProblem {
  return { file, item: null, id: null, field, message };
}

function fromStructured(file: string, data: unknown): Read {
  // A bare list of questions, one question (a bank file), or { pack: {...}, questions: [...] }.
  if (Array.isArray(data)) return { ok: true, raw: { header: {}, items: data, itemNumber: (i) => i + 1 } };
  if (typeof data !== 'object' || data === null)
    return {
      ok: false,
      problems: [fileProblem(file, '(file)', 'must hold a list of questions or { pack: ..., questions: [...] }')],
    };
  const obj = data as Record<string, unknown>;
  if ('stem' in obj && !('questions' in obj))
    return { ok: true, raw: { header: {}, items: [obj], itemNumber: () => 1 } };
  const problems: PackProblem[] = [];
  for (const k of Object.keys(obj))
    if (k !== 'pack' && k !== 'questions')
      problems.push(fileProblem(file, k, 'is not a known key (expected "pack" and "questions")'));
  if (!Array.isArray(obj.questions)) problems.push(fileProblem(file, 'questions', 'must be a list of questions'));
  const header = headerSchema.safeParse(obj.pack ?? {});
  if (!header.success)
    for (const i of header.error.issues)
      problems.push(fileProblem(file, ['pack', ...i.path.map(String)].join('.'), i.message));
  if (problems.length || !header.success) return { ok: false, problems };
  return { ok: true, raw: { header: header.data, items: obj.questions as unknown[], itemNumber: (i) => i + 1 } };
}

function fromCsv(file: string, text: string): Read {
  const csv = parseCsv(text);
  if (!csv.ok) return { ok: false, problems: [fileProblem(file, `line ${csv.line}`, csv.message)] };
  const [head, ...body] = csv.rows;
  if (!head)
    return { ok: false, problems: [fileProblem(file, '(file)', 'is empty; the first row must name the columns')] };
  const cols = head.map((h) =>
    h
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );
  const problems: PackProblem[] = [];
  const known = new Set<string>(CSV_COLUMNS);
  cols.forEach((c, i) => {
    if (!known.has(c))
      problems.push(
        fileProblem(file, `column ${i + 1}`, `"${head[i]}" is not a known column (${CSV_COLUMNS.join(', ')})`),
      );
    else if (cols.indexOf(c) !== i) problems.push(fileProblem(file, `column ${i + 1}`, `"${head[i]}" appears twice`));
  });
  for (const c of CSV_REQUIRED) if (!cols.includes(c)) problems.push(fileProblem(file, c, 'column is missing'));
  if (problems.length) return { ok: false, problems };
  const items = body.map((row) => {
    if (row.length !== cols.length) return { __width: row.length };
    const get = (c: string) => row[cols.indexOf(c)]!;
    const tags = cols.includes('tags')
      ? get('tags')
          .split(/[;,]/)
          .map((t) => t.trim())
          .filter(Boolean)
      : [];
    return {
      v: 1,
      id: get('id').trim(),
      domain: get('domain').trim(),
      difficulty: get('difficulty').trim().toLowerCase(),
      title: get('title'),
      tags,
      stem: get('stem'),
      options: Object.fromEntries(
        OPTION_KEYS.map((k) => [k, { text: get(`option_${k.toLowerCase()}`), why: get(`why_${k.toLowerCase()}`) }]),
      ),
      answer: get('answer').trim().toUpperCase(),
      explanation: get('explanation'),
    };
  });
  return {
    ok: true,
    raw: { header: { name: baseName(file) }, items, itemNumber: (i) => i + 2 },
  };
}

function read(file: string, text: string): Read {
  const ext = extensionOf(file);
  if (ext === 'csv') return fromCsv(file, text);
  if (ext === 'json') {
    try {
      return fromStructured(file, JSON.parse(text));
    } catch (e) {
      return { ok: false, problems: [fileProblem(file, '(file)', `is not valid JSON: ${(e as Error).message}`)] };
    }
  }
  if (ext === 'yaml' || ext === 'yml') {
    const doc = parseDocument(text, { prettyErrors: true });
    if (doc.errors.length)
      return {
        ok: false,
        problems: doc.errors
          .slice(0, 5)
          .map((e) => fileProblem(file, '(file)', `is not valid YAML: ${e.message.split('\n')[0]}`)),
      };
    try {
      return fromStructured(file, doc.toJS({ maxAliasCount: 50 }));
    } catch (e) {
      return { ok: false, problems: [fileProblem(file, '(file)', `could not be read: ${(e as Error).message}`)] };
    }
  }
  return {
    ok: false,
    problems: [fileProblem(file, '(file)', `has the extension ".${ext}"; a pack is a .yaml, .yml, .json or .csv file`)],
  };
}

const RAW_HTML = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?>/i;

/** Reads, checks and reports a pack file. Never throws. */
export function parsePack(ctx: PackContext): PackReport {
  const file = ctx.fileName;
  const report = (problems: PackProblem[], total = 0): PackReport => ({
    file,
    pack: null,
    total,
    valid: 0,
    problems,
    warnings: [],
  });
  if (ctx.text.length > MAX_PACK_BYTES)
    return report([
      fileProblem(file, '(file)', `is ${(ctx.text.length / 1048576).toFixed(1)} MB; a pack may be at most 5 MB`),
    ]);
  let r: Read;
  try {
    r = read(file, ctx.text);
  } catch (e) {
    return report([fileProblem(file, '(file)', `could not be read: ${e instanceof Error ? e.message : String(e)}`)]);
  }
  if (!r.ok) return report(r.problems);
  const { header, items, itemNumber } = r.raw;
  if (items.length === 0) return report([fileProblem(file, 'questions', 'holds no questions')]);
  if (items.length > MAX_PACK_QUESTIONS)
    return report(
      [
        fileProblem(
          file,
          'questions',
          `holds ${items.length} questions; a pack may hold at most ${MAX_PACK_QUESTIONS}`,
        ),
      ],
      items.length,
    );

  const builtIn = new Map(ctx.builtInDomains.map((d) => [d.id, d]));
  const problems: PackProblem[] = [];
  const warnings: PackProblem[] = [];
  const declared = new Map<string, PackDomain>();
  for (const [i, d] of (header.domains ?? []).entries()) {
    const mapsTo = d.mapsTo ?? null;
    if (mapsTo && !builtIn.has(mapsTo))
      problems.push(
        fileProblem(
          file,
          `pack.domains.${i}.mapsTo`,
          `"${mapsTo}" is not a built-in domain (${[...builtIn.keys()].join(', ')})`,
        ),
      );
    if (declared.has(d.id)) problems.push(fileProblem(file, `pack.domains.${i}.id`, `"${d.id}" is declared twice`));
    declared.set(d.id, { id: d.id, name: d.name, mapsTo });
  }
  if (problems.length) return report(problems, items.length);
  const strictDomains = declared.size > 0;

  const used = new Map<string, PackDomain>();
  const valid: Question[] = [];
  const seenIds = new Map<string, number>();
  const builtInShingles = ctx.builtInQuestions.map((q) => ({ id: q.id, sh: shingles(q.stem) }));
  const packShingles: Array<{ n: number; sh: Set<string> }> = [];

  items.forEach((item, index) => {
    const n = itemNumber(index);
    const idOf = (x: unknown) =>
      typeof x === 'object' && x !== null && typeof (x as { id?: unknown }).id === 'string'
        ? ((x as { id: string }).id.slice(0, 80) as string)
        : null;
    const id = idOf(item);
    const add = (field: string, message: string) => problems.push({ file, item: n, id, field, message });
    if (typeof item === 'object' && item !== null && '__width' in item) {
      add('(row)', `has ${(item as { __width: number }).__width} cells; the header has ${CSV_REQUIRED.length}+`);
      return;
    }
    // Pack authors may leave out the format version; the bank's schema checks everything else.
    const withVersion =
      typeof item === 'object' && item !== null && !Array.isArray(item) && !('v' in item) ? { v: 1, ...item } : item;
    const parsed = questionFileSchema.safeParse(withVersion);
    if (!parsed.success) {
      for (const i of parsed.error.issues.slice(0, 12)) add(i.path.map(String).join('.') || '(item)', i.message);
      return;
    }
    const qf = parsed.data;
    let domain = declared.get(qf.domain);
    if (!domain) {
      if (strictDomains && !builtIn.has(qf.domain)) {
        add('domain', `"${qf.domain}" is not declared under pack.domains and is not a built-in domain`);
        return;
      }
      const b = builtIn.get(qf.domain);
      domain = b
        ? { id: b.id, name: b.name, mapsTo: b.id }
        : { id: qf.domain, name: titleCase(qf.domain), mapsTo: null };
    }
    const before = seenIds.get(qf.id);
    if (before !== undefined) {
      add('id', `"${qf.id}" is already used by item ${before}`);
      return;
    }
    seenIds.set(qf.id, n);
    const q = toQuestion(qf, `${file} item ${n}`);
    const lint = itemProblems(q);
    for (const p of lint) add(p.field, p.message);
    if (lint.length) return;
    const sh = shingles(q.stem);
    const twinInPack = packShingles.find((o) => jaccard(o.sh, sh) >= BARS.nearDuplicateJaccard);
    if (twinInPack) {
      add('stem', `nearly repeats the stem of item ${twinInPack.n}`);
      return;
    }
    const twin = builtInShingles.find((o) => jaccard(o.sh, sh) >= BARS.nearDuplicateJaccard);
    if (twin) {
      add('stem', `nearly repeats built-in question ${twin.id}`);
      return;
    }
    packShingles.push({ n, sh });
    for (const [field, t] of [
      ['stem', q.stem],
      ['explanation', q.explanation],
      ...q.options.map((o) => [`options.${o.key}.text`, o.text]),
    ] as const)
      if (RAW_HTML.test(t))
        warnings.push({ file, item: n, id: qf.id, field, message: 'contains HTML tags; they are shown as plain text' });
    used.set(domain.id, domain);
    valid.push(q);
  });

  const total = items.length;
  if (valid.length === 0) return { ...report(problems, total), warnings };
  const pack = {
    v: 1 as const,
    id: header.id ?? slug(header.name ?? baseName(file)),
    name: (header.name ?? baseName(file)).trim().slice(0, 80) || 'My pack',
    fileName: file.slice(0, 200),
    importedAt: ctx.now,
    domains: [...used.values()],
    questions: valid,
  };
  // The stored form is checked with the same schema main and IndexedDB loading use, so what the
  // person is offered to import is exactly what will be stored.
  const stored = storedPackSchema.safeParse(pack);
  if (!stored.success)
    return {
      ...report(
        stored.error.issues.map((i) => fileProblem(file, i.path.map(String).join('.') || '(pack)', i.message)),
        total,
      ),
      warnings,
    };
  return { file, pack: stored.data, total, valid: valid.length, problems, warnings };
}
