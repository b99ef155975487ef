/** Reads questions/ from disk: the blueprint and one YAML file per question, with file-level errors. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import {
  blueprintSchema,
  compiledBankSchema,
  describeIssues,
  questionFileSchema,
  type Blueprint,
  type CompiledBank,
  type Question,
} from '../src/core/bank/schema';
import { compileBank, toQuestion } from '../src/core/bank/compile';

export const ROOT = join(import.meta.dirname, '..');
export const QUESTIONS_DIR = join(ROOT, 'questions');

export interface SourceError {
  file: string;
  message: string;
}

export interface LoadedSource {
  blueprint: Blueprint | null;
  questions: Question[];
  errors: SourceError[];
}

function readYaml(path: string): unknown {
  return parse(readFileSync(path, 'utf8'), { prettyErrors: true });
}

/** Loads and validates every source file; an invalid file contributes errors, never a half-read question. */
export function loadSource(dir = QUESTIONS_DIR): LoadedSource {
  const errors: SourceError[] = [];
  const rel = (p: string) => relative(ROOT, p);
  let blueprint: Blueprint | null = null;
  const bpPath = join(dir, 'blueprint.yaml');
  try {
    const parsed = blueprintSchema.safeParse(readYaml(bpPath));
    if (parsed.success) blueprint = parsed.data;
    else describeIssues(parsed.error).forEach((m) => errors.push({ file: rel(bpPath), message: m }));
  } catch (e) {
    errors.push({ file: rel(bpPath), message: e instanceof Error ? e.message : String(e) });
  }
  const domainIds = new Set(blueprint?.domains.map((d) => d.id) ?? []);
  const questions: Question[] = [];
  const ids = new Map<string, string>();
  const folders = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()) : [];
  for (const folder of folders.sort((a, b) => a.name.localeCompare(b.name))) {
    const files = readdirSync(join(dir, folder.name))
      .filter((f) => /\.ya?ml$/.test(f))
      .sort();
    if (blueprint && !domainIds.has(folder.name)) {
      errors.push({ file: rel(join(dir, folder.name)), message: `folder is not a domain of blueprint.yaml` });
      continue;
    }
    for (const f of files) {
      const path = join(dir, folder.name, f);
      const file = rel(path);
      let raw: unknown;
      try {
        raw = readYaml(path);
      } catch (e) {
        const msg = e instanceof YAMLParseError ? e.message.split('\n')[0]! : String(e);
        errors.push({ file, message: `YAML: ${msg}` });
        continue;
      }
      const parsed = questionFileSchema.safeParse(raw);
      if (!parsed.success) {
        describeIssues(parsed.error).forEach((m) => errors.push({ file, message: m }));
        continue;
      }
      const q = parsed.data;
      const problems: string[] = [];
      if (basename(f).replace(/\.ya?ml$/, '') !== q.id) problems.push(`id: "${q.id}" does not match the file name`);
      if (q.domain !== folder.name) problems.push(`domain: "${q.domain}" does not match its folder "${folder.name}"`);
      if (blueprint && !domainIds.has(q.domain)) problems.push(`domain: "${q.domain}" is not in blueprint.yaml`);
      const other = ids.get(q.id);
      if (other) problems.push(`id: "${q.id}" is also used by ${other}`);
      if (problems.length) {
        problems.forEach((m) => errors.push({ file, message: m }));
        continue;
      }
      ids.set(q.id, file);
      questions.push(toQuestion(q, file));
    }
  }
  return { blueprint, questions, errors };
}

/** Loads the source and compiles it, or throws with every error listed. */
export function loadCompiledBank(dir = QUESTIONS_DIR): CompiledBank {
  const { blueprint, questions, errors } = loadSource(dir);
  if (errors.length || !blueprint) {
    throw new Error(`The question bank has errors:\n${errors.map((e) => `  ${e.file}: ${e.message}`).join('\n')}`);
  }
  return compiledBankSchema.parse(compileBank(blueprint, questions));
}
