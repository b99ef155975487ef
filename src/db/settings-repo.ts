/** Key-value settings, each validated when read back so a bad stored value falls back to the default. */
import type { ExamDatabase } from './database';

export async function getSetting<T>(
  db: ExamDatabase,
  key: string,
  fallback: T,
  valid: (v: unknown) => v is T,
): Promise<T> {
  const row = await db.settings.get(key);
  return row && valid(row.value) ? row.value : fallback;
}

export async function putSetting(db: ExamDatabase, key: string, value: unknown): Promise<void> {
  // A JSON round trip stores plain data even when handed a Vue proxy, which IndexedDB cannot clone.
  await db.settings.put({ key, value: JSON.parse(JSON.stringify(value)) as unknown });
}
