/**
 * The attempt being taken. Every change is written to IndexedDB in a transaction before the
 * state the UI reads is updated, and writes run one at a time, so what is on screen is always
 * what is stored.
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { OptionKey, Question } from '../core/bank/schema';
import {
  checkpointTiming,
  crossedWarnings,
  isExpired,
  pauseTiming,
  remainingMs,
  resumeTiming,
} from '../core/exam/clock';
import { scoreAttempt } from '../core/exam/scoring';
import type { AttemptRecord, Confidence, ResponseRecord } from '../core/exam/types';
import { db } from '../db';
import {
  blankResponses,
  finishAttempt,
  getAttempt,
  getResponses,
  insertAttempt,
  saveProgress,
} from '../db/attempts-repo';
import { useBankStore } from './bank';
import { useReviewStore } from './review';
import type { GradedAnswer } from '../db/cards-repo';
import { gradeFromAnswer } from '../core/review/scheduler';

export const useExamStore = defineStore('exam', () => {
  const bank = useBankStore();
  const srs = useReviewStore();
  const attempt = shallowRef<AttemptRecord | null>(null);
  const responses = shallowRef<ReadonlyMap<string, ResponseRecord>>(new Map());
  const now = ref(Date.now());
  /** Polite announcements for screen readers and the visible banner (timer warnings, auto-submit). */
  const notice = ref<string | null>(null);
  const error = ref<string | null>(null);
  let enteredAt = Date.now();
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs writes one after another so rapid key presses cannot interleave. */
  function serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = queue.then(fn, fn);
    queue = next.catch((e: unknown) => {
      error.value = `Could not save: ${e instanceof Error ? e.message : String(e)}`;
    });
    return next;
  }

  const questionIds = computed(() => attempt.value?.questionIds ?? []);
  const position = computed(() => attempt.value?.position ?? 0);
  const total = computed(() => questionIds.value.length);
  const currentId = computed(() => questionIds.value[position.value] ?? null);
  const current = computed<Question | null>(() => (currentId.value ? (bank.question(currentId.value) ?? null) : null));
  const currentResponse = computed(() => (currentId.value ? (responses.value.get(currentId.value) ?? null) : null));
  const optionOrder = computed<OptionKey[]>(() =>
    currentId.value ? (attempt.value?.optionOrders[currentId.value] ?? []) : [],
  );
  const isOpen = computed(() => attempt.value?.status === 'in-progress');
  const instant = computed(() => attempt.value?.feedback === 'instant');
  const remaining = computed(() => (attempt.value ? remainingMs(attempt.value.timing, now.value) : null));
  const answeredCount = computed(() => [...responses.value.values()].filter((r) => r.selected !== null).length);
  const flaggedIds = computed(() => questionIds.value.filter((id) => responses.value.get(id)?.flagged));
  const unansweredIds = computed(() => questionIds.value.filter((id) => !responses.value.get(id)?.selected));
  /** In practice mode an answered question shows its feedback and is locked. */
  const revealed = computed(() => instant.value && currentResponse.value?.selected != null);

  /** Every answered question becomes a graded review: wrong or guessed is Again, unsure Hard, else Good. */
  function toReviews(rs: ResponseRecord[]): GradedAnswer[] {
    return rs
      .filter((r) => r.selected !== null && r.correct !== null)
      .map((r) => ({
        questionId: r.questionId,
        domain: r.domain,
        grade: gradeFromAnswer(r.correct === true, r.confidence),
      }));
  }

  function setState(a: AttemptRecord, rs: Iterable<ResponseRecord>) {
    attempt.value = a;
    responses.value = new Map([...rs].map((r) => [r.questionId, r]));
  }

  /** Creates and stores a new attempt, then makes it current. */
  async function begin(a: AttemptRecord): Promise<void> {
    const rs = blankResponses(a, (id) => bank.question(id)?.domain ?? 'unknown');
    await insertAttempt(db, a, rs);
    enteredAt = Date.now();
    now.value = enteredAt;
    notice.value = null;
    error.value = null;
    setState(a, rs);
  }

  /**
   * Opens a stored attempt. An in-progress attempt whose deadline passed while the app was closed
   * is submitted with the answers it has, and the notice says so.
   */
  async function open(id: string): Promise<AttemptRecord | null> {
    const a = await getAttempt(db, id);
    if (!a) return null;
    const rs = await getResponses(db, id);
    const t = Date.now();
    now.value = t;
    notice.value = null;
    error.value = null;
    if (a.status === 'in-progress' && isExpired(a.timing, t)) {
      setState(a, rs);
      await submit('deadline');
      notice.value =
        'Time ran out while the app was closed, so this attempt was submitted with the answers you had given.';
      return attempt.value;
    }
    if (a.status === 'in-progress') {
      const resumed = { ...a, timing: resumeTiming(a.timing, t) };
      await saveProgress(db, a.id, [], { timing: resumed.timing });
      setState(resumed, rs);
    } else setState(a, rs);
    enteredAt = t;
    return attempt.value;
  }

  function withTime(r: ResponseRecord, t: number): ResponseRecord {
    return { ...r, timeMs: r.timeMs + Math.max(0, t - enteredAt) };
  }

  /**
   * Applies a change to the response of the question on screen when the call is made (captured
   * now, so a change queued behind a write still lands on the question the person saw), stores it,
   * then shows it.
   */
  function change(update: (r: ResponseRecord, order: OptionKey[]) => ResponseRecord | null): Promise<void> {
    const qid = currentId.value;
    const order = optionOrder.value;
    return serial(async () => {
      const a = attempt.value;
      const r = qid ? responses.value.get(qid) : undefined;
      if (!a || !r || a.status !== 'in-progress') return;
      const next = update(r, order);
      if (!next) return;
      await saveProgress(db, a.id, [next], {});
      responses.value = new Map(responses.value).set(next.questionId, next);
    });
  }

  /** Chooses an option. In practice mode the first answer is final and graded at once. */
  function choose(key: OptionKey): Promise<void> {
    return change((r) => chosen(r, key));
  }

  /**
   * Chooses the option shown at a display position (keyboard). The position is resolved when the
   * write runs, so a key pressed right after "next" applies to the question it lands on.
   */
  function chooseAt(position: number): Promise<void> {
    return change((r, order) => {
      const key = order[position];
      return key ? chosen(r, key) : null;
    });
  }

  function chosen(r: ResponseRecord, key: OptionKey): ResponseRecord | null {
    if (instant.value && r.selected !== null) return null;
    const q = bank.question(r.questionId);
    return {
      ...r,
      selected: key,
      crossedOut: r.crossedOut.filter((k) => k !== key),
      answeredAt: Date.now(),
      correct: instant.value && q ? key === q.answer : null,
    };
  }

  function toggleCrossOut(key: OptionKey): Promise<void> {
    return change((r) => crossed(r, key));
  }

  /** Crosses out (or restores) the option at a display position, resolved when the write runs. */
  function toggleCrossOutAt(position: number): Promise<void> {
    return change((r, order) => {
      const key = order[position];
      return key ? crossed(r, key) : null;
    });
  }

  function crossed(r: ResponseRecord, key: OptionKey): ResponseRecord | null {
    if (r.selected === key || (instant.value && r.selected !== null)) return null;
    const out = r.crossedOut.includes(key) ? r.crossedOut.filter((k) => k !== key) : [...r.crossedOut, key];
    return { ...r, crossedOut: out };
  }

  function toggleFlag(): Promise<void> {
    return change((r) => ({ ...r, flagged: !r.flagged }));
  }

  function setConfidence(c: Confidence): Promise<void> {
    return change((r) => ({ ...r, confidence: r.confidence === c ? null : c }));
  }

  /**
   * Moves to question i, booking the time spent on the one being left. The move is shown at once
   * and its write is queued behind any pending answer: navigation must feel instant (under a frame),
   * and a crash before the write lands only loses the position, never an answer.
   */
  function goTo(i: number): Promise<void> {
    const a = attempt.value;
    if (!a || i < 0 || i >= a.questionIds.length || i === a.position) return Promise.resolve();
    const t = Date.now();
    const leaving = currentResponse.value;
    const booked = leaving && a.status === 'in-progress' ? withTime(leaving, t) : null;
    const timing = checkpointTiming(a.timing, t);
    enteredAt = t;
    if (booked) responses.value = new Map(responses.value).set(booked.questionId, booked);
    attempt.value = { ...a, position: i, timing };
    if (a.status !== 'in-progress') return Promise.resolve();
    return serial(async () => {
      // Store the latest booked time for the question left, which a queued change may have updated.
      const latest = booked ? (responses.value.get(booked.questionId) ?? booked) : null;
      await saveProgress(db, a.id, latest ? [latest] : [], { position: i, timing });
    });
  }

  const next = () => goTo(position.value + 1);
  const prev = () => goTo(position.value - 1);

  /** Grades and closes the attempt; `deadline` when the clock ran out. */
  function submit(reason: 'person' | 'deadline' = 'person'): Promise<void> {
    return serial(async () => {
      const a = attempt.value;
      if (!a || a.status !== 'in-progress') return;
      const t = Date.now();
      const questions = a.questionIds.map((id) => bank.question(id)).filter((q): q is Question => !!q);
      const keyOf = new Map(questions.map((q) => [q.id, q.answer]));
      const graded = [...responses.value.values()].map((r) => {
        const withClock = r.questionId === currentId.value ? withTime(r, t) : r;
        return {
          ...withClock,
          correct: withClock.selected === null ? false : withClock.selected === keyOf.get(r.questionId),
        };
      });
      const score = scoreAttempt(questions, graded, a.passMark);
      const reviews = toReviews(graded);
      const done: AttemptRecord = {
        ...a,
        status: 'submitted',
        finishedAt: t,
        timing: pauseTiming(a.timing, t),
        score,
        autoSubmitted: reason === 'deadline' ? 'deadline' : null,
      };
      await finishAttempt(db, done, graded, t, reviews, srs.settings);
      setState(done, graded);
      if (reason === 'deadline') notice.value = 'Time is up. Your attempt was submitted automatically.';
    });
  }

  /** Ends the attempt without a score; it stays in history as abandoned. */
  function abandon(): Promise<void> {
    return serial(async () => {
      const a = attempt.value;
      if (!a || a.status !== 'in-progress') return;
      const t = Date.now();
      const rs = [...responses.value.values()].map((r) => (r.questionId === currentId.value ? withTime(r, t) : r));
      const done: AttemptRecord = { ...a, status: 'abandoned', finishedAt: t, timing: pauseTiming(a.timing, t) };
      // Answers given before abandoning still count for review; their correctness is known from the key.
      const keyOf = new Map(a.questionIds.map((id) => [id, bank.question(id)?.answer]));
      const graded = rs.map((r) =>
        r.selected === null ? r : { ...r, correct: r.selected === keyOf.get(r.questionId) },
      );
      await finishAttempt(db, done, graded, t, toReviews(graded), srs.settings);
      setState(done, rs);
    });
  }

  /** Advances the clock: announces warnings, and submits when a timed attempt runs out. */
  async function tick(t = Date.now()): Promise<void> {
    const a = attempt.value;
    const before = remaining.value;
    now.value = t;
    if (!a || a.status !== 'in-progress') return;
    const after = remaining.value;
    if (before !== null && after !== null) {
      const crossed = crossedWarnings(before, after);
      if (crossed.length) {
        const m = Math.round(Math.min(...crossed) / 60_000);
        notice.value = `${m} minute${m === 1 ? '' : 's'} remaining.`;
      }
    }
    if (isExpired(a.timing, t)) await submit('deadline');
  }

  /** Saves the time spent and pauses a practice timer when the person leaves the attempt. */
  function suspend(): Promise<void> {
    return serial(async () => {
      const a = attempt.value;
      if (!a || a.status !== 'in-progress') return;
      const t = Date.now();
      const r = currentResponse.value;
      const timing = pauseTiming(a.timing, t);
      const booked = r ? [withTime(r, t)] : [];
      await saveProgress(db, a.id, booked, { timing });
      enteredAt = t;
      if (booked[0]) responses.value = new Map(responses.value).set(booked[0].questionId, booked[0]);
      attempt.value = { ...a, timing };
    });
  }

  function clear() {
    attempt.value = null;
    responses.value = new Map();
    notice.value = null;
  }

  return {
    attempt,
    responses,
    now,
    notice,
    error,
    questionIds,
    position,
    total,
    current,
    currentResponse,
    optionOrder,
    isOpen,
    instant,
    remaining,
    answeredCount,
    flaggedIds,
    unansweredIds,
    revealed,
    begin,
    open,
    choose,
    chooseAt,
    toggleCrossOut,
    toggleCrossOutAt,
    toggleFlag,
    setConfidence,
    goTo,
    next,
    prev,
    submit,
    abandon,
    tick,
    suspend,
    clear,
  };
});
