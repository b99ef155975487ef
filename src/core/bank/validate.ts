/** Validation of a compiled bank with messages that name the source file and the field. */
import { compiledBankSchema, type CompiledBank } from './schema';

export type BankResult = { ok: true; bank: CompiledBank } | { ok: false; errors: string[] };

function sourceOf(raw: unknown, index: unknown): string | null {
  if (typeof index !== 'number' || typeof raw !== 'object' || raw === null) return null;
  const qs = (raw as { questions?: unknown }).questions;
  if (!Array.isArray(qs)) return null;
  const src = (qs[index] as { source?: unknown } | undefined)?.source;
  return typeof src === 'string' ? src : null;
}

/** Validates untrusted JSON as a compiled bank; never returns a partly valid bank. */
export function validateCompiledBank(raw: unknown): BankResult {
  const parsed = compiledBankSchema.safeParse(raw);
  if (parsed.success) return { ok: true, bank: parsed.data };
  const errors = parsed.error.issues.slice(0, 50).map((issue) => {
    const [top, index, ...rest] = issue.path;
    const src = top === 'questions' ? sourceOf(raw, index) : null;
    if (src) return `${src}: ${rest.map(String).join('.') || '(question)'}: ${issue.message}`;
    return `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`;
  });
  if (parsed.error.issues.length > 50) errors.push(`... and ${parsed.error.issues.length - 50} more`);
  return { ok: false, errors };
}
