/** A finished attempt and, for a retaken practice test, the sitting before it. */
import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import type { AttemptRecord, ResponseRecord } from '../core/exam/types';
import { db } from '../db';
import { getAttempt, getResponses, previousSitting } from '../db/attempts-repo';

export const useResultsStore = defineStore('results', () => {
  const attempt = shallowRef<AttemptRecord | null>(null);
  const responses = shallowRef<ResponseRecord[]>([]);
  const previous = shallowRef<{ attempt: AttemptRecord; correct: Map<string, boolean> } | null>(null);

  /** Loads an attempt's results; returns false when it does not exist. */
  async function load(id: string): Promise<boolean> {
    const a = await getAttempt(db, id);
    if (!a) return false;
    const rs = await getResponses(db, id);
    const order = new Map(a.questionIds.map((q, i) => [q, i]));
    attempt.value = a;
    responses.value = rs.sort((x, y) => order.get(x.questionId)! - order.get(y.questionId)!);
    const prev = await previousSitting(db, a);
    previous.value = prev
      ? {
          attempt: prev,
          correct: new Map((await getResponses(db, prev.id)).map((r) => [r.questionId, r.correct === true])),
        }
      : null;
    return true;
  }

  return { attempt, responses, previous, load };
});
