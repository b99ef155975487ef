/** Loads the compiled question bank once at start-up and keeps it for the bank:load handler. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app } from 'electron';
import { validateCompiledBank } from '../../src/core/bank/validate';
import type { CompiledBank } from '../../src/core/bank/schema';

export class BankLoadError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`The question bank (${file}) is invalid:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

/** Where the compiled bank lives: beside the app's resources when packaged, in resources/ otherwise. */
export function bankPath(): string {
  return app.isPackaged ? join(process.resourcesPath, 'bank.json') : join(app.getAppPath(), 'resources', 'bank.json');
}

/** Reads and validates the whole bank; throws BankLoadError naming the file and field on any problem. */
export async function loadBank(path = bankPath()): Promise<CompiledBank> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new BankLoadError(path, [
      `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)}); run "npm run bank:compile"`,
    ]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new BankLoadError(path, [`is not valid JSON: ${(e as Error).message}`]);
  }
  const result = validateCompiledBank(raw);
  if (!result.ok) throw new BankLoadError(path, result.errors);
  return result.bank;
}
