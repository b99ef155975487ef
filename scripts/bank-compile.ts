/**
 * Writes resources/bank.json, the compiled bank that the desktop app and the web build load, and
 * resources/bank-summary.json, what the web build ships inside the page so its home screen shows
 * before bank.json has arrived (tied to that bank.json by its SHA-256).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { loadCompiledBank, ROOT } from './bank-source';
import { summarizeBank } from '../src/core/bank/summary';

/** Write then rename, so a failed run never leaves a truncated file behind. */
function writeAtomically(target: string, text: string): void {
  writeFileSync(`${target}.tmp`, text);
  renameSync(`${target}.tmp`, target);
}

try {
  const bank = loadCompiledBank();
  const dir = join(ROOT, 'resources');
  mkdirSync(dir, { recursive: true });
  const text = JSON.stringify(bank);
  const sha256 = createHash('sha256').update(text).digest('hex');
  writeAtomically(join(dir, 'bank-summary.json'), JSON.stringify({ sha256, summary: summarizeBank(bank) }));
  writeAtomically(join(dir, 'bank.json'), text);
  process.stdout.write(`bank: ${bank.questions.length} questions -> resources/bank.json\n`);
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
