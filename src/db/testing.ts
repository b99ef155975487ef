/** Test support: a fresh, uniquely named database per test, deleted after each test. */
import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { ExamDatabase } from './database';

export function freshDatabases(prefix: string): () => ExamDatabase {
  const names: string[] = [];
  afterEach(async () => {
    for (const n of names.splice(0)) await Dexie.delete(n);
  });
  return () => {
    const n = `${prefix}-${Math.random().toString(36).slice(2)}`;
    names.push(n);
    return new ExamDatabase(n);
  };
}
