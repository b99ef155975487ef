/** Writes resources/bank.json, the compiled bank that the desktop app and the web build load. */
import { mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { loadCompiledBank, ROOT } from './bank-source';

try {
  const bank = loadCompiledBank();
  const dir = join(ROOT, 'resources');
  mkdirSync(dir, { recursive: true });
  const target = join(dir, 'bank.json');
  // Write then rename so a failed run never leaves a truncated bank behind.
  writeFileSync(`${target}.tmp`, JSON.stringify(bank));
  renameSync(`${target}.tmp`, target);
  process.stdout.write(`bank: ${bank.questions.length} questions -> resources/bank.json\n`);
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
