import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { FIXTURE_DOMAINS, makeQuestion } from '../bank/fixtures';
import { parseCsv, toCsv } from './csv';
import { makePackItem } from './fixtures';
import { storedPackSchema } from './format';
import { packDomainViews, packIdOf, packQuestions } from './ids';
import { CSV_COLUMNS, parsePack, type PackContext } from './parse';
import { csvTemplate, TEMPLATE_QUESTION, yamlTemplate } from './template';

const BUILT_IN = [makeQuestion('model-deployment', 1), makeQuestion('data-engineering', 1)];
const ctx = (fileName: string, text: string): PackContext => ({
  fileName,
  text,
  builtInDomains: FIXTURE_DOMAINS,
  builtInQuestions: BUILT_IN,
  now: 1_800_000_000_000,
});

function packYaml(items: unknown[], pack: object = { name: 'Team pack' }): string {
  return stringify({ pack, questions: items });
}

describe('pack import: formats', () => {
  it('reads the YAML template: one valid question, mapped to its built-in domain, with a namespaced id', () => {
    const r = parsePack(ctx('team.yaml', yamlTemplate()));
    expect(r.problems).toEqual([]);
    expect(r.valid).toBe(1);
    const pack = r.pack!;
    expect(pack.id).toBe('my-team-pack');
    expect(pack.domains).toEqual([{ id: 'team-serving', name: 'Our serving stack', mapsTo: 'model-deployment' }]);
    const [q] = packQuestions(pack);
    expect(q!.id).toBe('pack:my-team-pack:team-serving-001');
    expect(q!.domain).toBe('model-deployment');
    expect(packIdOf(q!.id)).toBe('my-team-pack');
    expect(packIdOf(BUILT_IN[0]!.id)).toBeNull();
  });

  it('reads the CSV template to the same question as the YAML one', () => {
    const csv = parsePack(ctx('Our Team Questions.csv', csvTemplate()));
    const yaml = parsePack(ctx('team.yaml', yamlTemplate()));
    expect(csv.problems).toEqual([]);
    expect(csv.pack!.name).toBe('Our Team Questions');
    expect(csv.pack!.id).toBe('our-team-questions');
    expect(csv.pack!.questions[0]!.hash).toBe(yaml.pack!.questions[0]!.hash);
    // No declared domains in CSV: an unknown domain becomes the pack's own domain.
    expect(csv.pack!.domains).toEqual([{ id: 'team-serving', name: 'Team serving', mapsTo: null }]);
  });

  it('reads JSON, a bare list, and a single bank question file', () => {
    const items = [makePackItem(1), makePackItem(2)];
    expect(parsePack(ctx('p.json', JSON.stringify({ pack: { name: 'P' }, questions: items }))).valid).toBe(2);
    expect(parsePack(ctx('list.yaml', stringify(items))).valid).toBe(2);
    const single = parsePack(ctx('one.yml', stringify(TEMPLATE_QUESTION)));
    expect(single.valid).toBe(1);
    expect(single.pack!.id).toBe('one');
  });

  it('uses a built-in domain id as that domain, and shows every mapping', () => {
    const item = { ...makePackItem(3, 'data-engineering') };
    const r = parsePack(ctx('de.yaml', packYaml([item, makePackItem(4)])));
    expect(r.pack!.domains).toEqual([
      { id: 'data-engineering', name: 'Data Engineering', mapsTo: 'data-engineering' },
      { id: 'team-ops', name: 'Team ops', mapsTo: null },
    ]);
    const views = packDomainViews([r.pack!], FIXTURE_DOMAINS);
    expect(views.map((v) => [v.id, v.mapsToName, v.questions])).toEqual([
      ['data-engineering', 'Data Engineering', 1],
      ['pack:team-pack:team-ops', null, 1],
    ]);
  });
});

describe('pack import: the report', () => {
  it('imports the valid items and lists each bad one by file, item and field', () => {
    const noKey = { ...makePackItem(2) } as Record<string, unknown>;
    delete noKey.answer;
    const shortWhy = makePackItem(3);
    shortWhy.options.B = { ...shortWhy.options.B, why: 'Too short.' };
    if (shortWhy.answer === 'B') shortWhy.answer = 'C';
    const r = parsePack(ctx('team.yaml', packYaml([makePackItem(1), noKey, shortWhy, makePackItem(4)])));
    expect(r.total).toBe(4);
    expect(r.valid).toBe(2);
    expect(r.pack!.questions.map((q) => q.id)).toEqual(['team-ops-001', 'team-ops-004']);
    expect(r.problems).toEqual([
      { file: 'team.yaml', item: 2, id: 'team-ops-002', field: 'answer', message: 'must be one of A, B, C, D, E, F' },
      {
        file: 'team.yaml',
        item: 3,
        id: 'team-ops-003',
        field: 'options.B.why',
        message: expect.stringContaining('say why this distractor is wrong'),
      },
    ]);
  });

  it('skips repeated ids and near-copies of another item or of a built-in question', () => {
    const copy = { ...makePackItem(1), id: 'team-ops-009' };
    const builtInCopy = { ...makePackItem(5), stem: BUILT_IN[0]!.stem };
    const r = parsePack(ctx('p.yaml', packYaml([makePackItem(1), makePackItem(1), copy, builtInCopy])));
    expect(r.valid).toBe(1);
    expect(r.problems.map((p) => [p.item, p.field, p.message])).toEqual([
      [2, 'id', '"team-ops-001" is already used by item 1'],
      [3, 'stem', 'nearly repeats the stem of item 1'],
      [4, 'stem', `nearly repeats built-in question ${BUILT_IN[0]!.id}`],
    ]);
  });

  it('requires declared domains once a pack declares any, and valid mappings', () => {
    const r = parsePack(
      ctx('p.yaml', packYaml([makePackItem(1)], { name: 'P', domains: [{ id: 'other', name: 'Other' }] })),
    );
    expect(r.pack).toBeNull();
    expect(r.problems[0]).toMatchObject({ item: 1, field: 'domain' });
    const bad = parsePack(
      ctx(
        'p.yaml',
        packYaml([makePackItem(1)], { name: 'P', domains: [{ id: 'team-ops', name: 'Ops', mapsTo: 'nope' }] }),
      ),
    );
    expect(bad.pack).toBeNull();
    expect(bad.problems[0]).toMatchObject({ item: null, field: 'pack.domains.0.mapsTo' });
  });

  it('explains file-level problems: syntax, shape, extension, size', () => {
    const first = (name: string, text: string) => parsePack(ctx(name, text)).problems[0]!;
    expect(first('p.yaml', 'questions: [\n  - id: x\n').message).toMatch(/not valid YAML/);
    expect(first('p.json', '{"questions": [')).toMatchObject({
      item: null,
      message: expect.stringMatching(/not valid JSON/),
    });
    expect(first('p.json', '{"pack": {}, "questions": 3}')).toMatchObject({ field: 'questions' });
    expect(first('p.json', '{"packs": {}, "questions": []}')).toMatchObject({ field: 'packs' });
    expect(first('p.txt', 'hello').message).toMatch(/\.yaml, \.yml, \.json or \.csv/);
    expect(first('p.yaml', 'x'.repeat(6 * 1024 * 1024)).message).toMatch(/at most 5 MB/);
    expect(first('p.yaml', 'questions: []').message).toBe('holds no questions');
  });

  it('reports CSV problems with the line, the column or the row', () => {
    const head = CSV_COLUMNS.join(',');
    expect(parsePack(ctx('p.csv', `${head}\n"unclosed,`)).problems[0]).toMatchObject({ field: 'line 2' });
    expect(parsePack(ctx('p.csv', `${head},colour\n`)).problems[0]!.message).toMatch(/"colour" is not a known column/);
    expect(parsePack(ctx('p.csv', 'id,domain\n')).problems.map((p) => p.field)).toContain('stem');
    const r = parsePack(ctx('p.csv', `${csvTemplate()}a,b,c\r\n`));
    expect(r.valid).toBe(1);
    expect(r.problems[0]).toMatchObject({ item: 3, field: '(row)' });
  });

  it('accepts HTML in text with a warning (it is shown as plain text)', () => {
    const item = makePackItem(1);
    item.stem = `<script>alert(1)</script> ${item.stem}`;
    const r = parsePack(ctx('p.yaml', packYaml([item])));
    expect(r.valid).toBe(1);
    expect(r.warnings[0]).toMatchObject({ item: 1, field: 'stem', message: expect.stringMatching(/plain text/) });
  });
});

describe('pack import: corrupted files (property)', () => {
  const good = packYaml([makePackItem(1), makePackItem(2), makePackItem(3)]);
  const goodJson = JSON.stringify({ pack: { name: 'P' }, questions: [makePackItem(1), makePackItem(2)] });
  const goodCsv = csvTemplate();
  const corruption = fc.oneof(
    // Truncated anywhere.
    fc.tuple(fc.constantFrom(good, goodJson, goodCsv), fc.nat()).map(([t, n]) => t.slice(0, n % (t.length + 1))),
    // A character replaced with something hostile.
    fc
      .tuple(
        fc.constantFrom(good, goodJson, goodCsv),
        fc.nat(),
        fc.constantFrom(
          '"',
          ',',
          '\n',
          '{',
          ']',
          ':',
          '-',
          '<b>',
          '\u0000',
          '&',
          '*',
          '!!js/function',
          'x'.repeat(5000),
        ),
      )
      .map(([t, n, s]) => {
        const i = n % (t.length + 1);
        return t.slice(0, i) + s + t.slice(i + 1);
      }),
    // Values of the wrong type or absurd size.
    fc.constantFrom(
      goodJson.replace('"difficulty":"medium"', '"difficulty":7'),
      goodJson.replace('"answer":"B"', '"answer":["B"]'),
      goodJson.replace(/"stem":"[^"]*"/, `"stem":"${'y'.repeat(50_000)}"`),
      goodJson.replace('"questions":', '"questions":{"a":1},"x":'),
      goodJson.replace(/"id":"team-ops-001"/, '"id":"__proto__"'),
      '{"__proto__": {"polluted": true}, "questions": []}',
      'null',
      '[]',
      '[null, 1, "x", []]',
    ),
    fc.string({ maxLength: 400 }),
  );
  const names = fc.constantFrom('p.yaml', 'p.json', 'p.csv', 'p.yml');

  it('never throws; every file yields a pack of valid items or a report that says what to fix', () => {
    fc.assert(
      fc.property(corruption, names, (text, name) => {
        const r = parsePack(ctx(name, text));
        expect(r.valid).toBeLessThanOrEqual(r.total);
        if (r.pack) {
          expect(storedPackSchema.safeParse(r.pack).success).toBe(true);
          expect(r.pack.questions).toHaveLength(r.valid);
          for (const q of r.pack.questions) expect(q.id).not.toContain(':');
        } else {
          expect(r.problems.length).toBeGreaterThan(0);
        }
        // Every skipped item is named in the report.
        const named = new Set(r.problems.filter((p) => p.item !== null).map((p) => p.item));
        if (r.pack) expect(named.size).toBe(r.total - r.valid);
        for (const p of [...r.problems, ...r.warnings]) {
          expect(p.file).toBe(name);
          expect(p.message.length).toBeGreaterThan(0);
        }
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: 1200 },
    );
  });
});

describe('CSV reader', () => {
  it('round-trips any table of text through toCsv and parseCsv', () => {
    const cell = fc.string({ maxLength: 30, unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r\n', 'é') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 }), (rows) => {
        const r = parseCsv(toCsv(rows));
        expect(r.ok && r.rows).toEqual(rows);
      }),
    );
  });

  it('skips blank lines and a byte order mark, and reports stray quotes', () => {
    expect(parseCsv('\ufeffa,b\n\nc,d\n')).toEqual({
      ok: true,
      rows: [
        ['a', 'b'],
        ['c', 'd'],
      ],
    });
    expect(parseCsv('a,b"c\n')).toMatchObject({ ok: false, line: 1 });
    expect(parseCsv('"a"b\n')).toMatchObject({ ok: false, line: 1 });
  });
});
