/**
 * Fixed practice tests: the bank split into disjoint forms. A question's form comes from the number
 * in its id (ids are never reused and new ones get higher numbers), so adding questions later never
 * moves an existing question to another form. Within a domain, consecutive ids go to consecutive
 * forms, so every form gets its share of every domain (stratified by the blueprint).
 */
import type { Question } from '../bank/schema';
import { fnv1a64 } from '../bank/hash';

export interface PracticeForm {
  id: string;
  number: number;
  title: string;
  questionIds: string[];
}

const hashInt = (s: string) => Number.parseInt(fnv1a64(s).slice(-8), 16);

/**
 * The form index (0-based) of a question among `count` forms. Each domain starts its cycle at a
 * different form (from its id's hash), so the domains' odd questions do not all land in form 1.
 */
export function formIndex(q: Pick<Question, 'id' | 'domain'>, count: number): number {
  const m = /-(\d+)$/.exec(q.id);
  // Ids without a number (custom packs) still get a stable, evenly spread form.
  const n = m ? Number(m[1]) - 1 : hashInt(q.id);
  return (n + hashInt(q.domain)) % count;
}

/** Splits the questions into `count` forms, each listing its questions in bank order. */
export function practiceForms(questions: readonly Question[], count: number): PracticeForm[] {
  const forms: PracticeForm[] = Array.from({ length: count }, (_, i) => ({
    id: `practice-test-${i + 1}`,
    number: i + 1,
    title: `Practice Test ${i + 1}`,
    questionIds: [],
  }));
  for (const q of questions) forms[formIndex(q, count)]!.questionIds.push(q.id);
  return forms;
}
