import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCompiledBank, loadSource, QUESTIONS_DIR } from './bank-source';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'questions-'));
  cpSync(join(QUESTIONS_DIR, 'blueprint.yaml'), join(dir, 'blueprint.yaml'));
  mkdirSync(join(dir, 'general-mlops'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const item = (id: string, extra = '') => `v: 1
id: ${id}
domain: general-mlops
difficulty: easy
title: A test item
tags: [test]
stem: |
  A team has a question about \`code\`. What should it do?
options:
${['A', 'B', 'C', 'D', 'E', 'F'].map((k) => `  ${k}:\n    text: "Text ${k}"\n    why: "Why ${k}"`).join('\n')}
answer: C
explanation: |
  Because.
${extra}`;

describe('reading question files', () => {
  it('compiles valid files into ordered questions with a content hash', () => {
    writeFileSync(join(dir, 'general-mlops', 'general-mlops-002.yaml'), item('general-mlops-002'));
    writeFileSync(join(dir, 'general-mlops', 'general-mlops-001.yaml'), item('general-mlops-001'));
    const bank = loadCompiledBank(dir);
    expect(bank.questions.map((q) => q.id)).toEqual(['general-mlops-001', 'general-mlops-002']);
    expect(bank.questions[0]!.source).toMatch(/general-mlops\/general-mlops-001\.yaml$/);
    expect(bank.questions[0]!.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(bank.domains).toHaveLength(8);
  });

  it('names the file and field of a schema error and leaves the item out', () => {
    writeFileSync(
      join(dir, 'general-mlops', 'general-mlops-001.yaml'),
      item('general-mlops-001').replace('answer: C', 'answer: G'),
    );
    const { questions, errors } = loadSource(dir);
    expect(questions).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.file).toMatch(/general-mlops-001\.yaml$/);
    expect(errors[0]!.message).toMatch(/^answer: must be one of A, B, C, D, E, F/);
  });

  it('reports a YAML syntax error, an unknown field and an id that does not match its file', () => {
    writeFileSync(join(dir, 'general-mlops', 'general-mlops-001.yaml'), 'v: 1\nid: [unclosed\n');
    writeFileSync(join(dir, 'general-mlops', 'general-mlops-002.yaml'), item('general-mlops-002', 'colour: blue\n'));
    writeFileSync(join(dir, 'general-mlops', 'general-mlops-003.yaml'), item('general-mlops-004'));
    const { errors } = loadSource(dir);
    const text = errors.map((e) => `${e.file} ${e.message}`).join('\n');
    expect(text).toMatch(/general-mlops-001\.yaml YAML:/);
    expect(text).toMatch(/general-mlops-002\.yaml .*colour/);
    expect(text).toMatch(/general-mlops-003\.yaml id: "general-mlops-004" does not match the file name/);
    expect(() => loadCompiledBank(dir)).toThrow(/The question bank has errors/);
  });

  it('gives the same hash for the same content and a new one when the stem changes', () => {
    const file = join(dir, 'general-mlops', 'general-mlops-001.yaml');
    writeFileSync(file, item('general-mlops-001'));
    const h1 = loadCompiledBank(dir).questions[0]!.hash;
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: A test item', 'title: Renamed'));
    expect(loadCompiledBank(dir).questions[0]!.hash).toBe(h1);
    writeFileSync(file, readFileSync(file, 'utf8').replace('about', 'concerning'));
    expect(loadCompiledBank(dir).questions[0]!.hash).not.toBe(h1);
  });
});
