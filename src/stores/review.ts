/** Spaced-repetition review: settings, cards, today's queue and the review session. */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { OptionKey } from '../core/bank/schema';
import { OPTION_KEYS } from '../core/bank/keys';
import type { Confidence } from '../core/exam/types';
import { seededRng, shuffled } from '../core/random';
import { buildQueue, effectiveDue, forecast, queueCounts } from '../core/review/queue';
import {
  DEFAULT_SRS,
  gradeFromAnswer,
  newCard,
  previewIntervals,
  type Grade,
  type SrsSettings,
  type StoredCard,
} from '../core/review/scheduler';
import { db } from '../db';
import { addToReview, allCards, doneToday, recordReviews, setSuspended, undoLastReview } from '../db/cards-repo';
import { getSetting, putSetting } from '../db/settings-repo';
import { useBankStore } from './bank';

/** Accepts stored settings only when every field is in range; otherwise the defaults apply. */
export function isSrsSettings(v: unknown): v is SrsSettings {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  const int = (x: unknown, lo: number, hi: number) => Number.isInteger(x) && (x as number) >= lo && (x as number) <= hi;
  return (
    typeof s['desiredRetention'] === 'number' &&
    s['desiredRetention'] >= 0.7 &&
    s['desiredRetention'] <= 0.99 &&
    int(s['newPerDay'], 0, 1000) &&
    int(s['reviewsPerDay'], 0, 10000) &&
    (s['examDate'] === null || (typeof s['examDate'] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s['examDate']))) &&
    typeof s['fuzz'] === 'boolean'
  );
}

interface Session {
  questionId: string;
  order: OptionKey[];
  selected: OptionKey | null;
  confidence: Confidence | null;
  reviewed: number;
}

export const useReviewStore = defineStore('review', () => {
  const bank = useBankStore();
  const settings = ref<SrsSettings>({ ...DEFAULT_SRS });
  const cards = shallowRef<StoredCard[]>([]);
  const now = ref(Date.now());
  const done = ref({ reviews: 0, news: 0 });
  const session = ref<Session | null>(null);
  const lastReviewed = ref<string | null>(null);
  /** True once the first load has finished (the counts are then this person's, not zeros). */
  const loaded = ref(false);
  const rng = seededRng(crypto.getRandomValues(new Uint32Array(1))[0]!);

  const counts = computed(() => queueCounts(cards.value, now.value));
  /** When the next card can be reviewed, or null with none scheduled. */
  const nextDue = computed(() => {
    const dues = cards.value.filter((c) => !c.suspended && c.state !== 0).map((c) => effectiveDue(c, now.value));
    return dues.length ? Math.min(...dues) : null;
  });
  const next30 = computed(() => forecast(cards.value, now.value, 30));
  const leeches = computed(() => cards.value.filter((c) => c.leech));
  const suspended = computed(() => cards.value.filter((c) => c.suspended));
  const byId = computed(() => new Map(cards.value.map((c) => [c.questionId, c])));
  const current = computed(() => (session.value ? (bank.question(session.value.questionId) ?? null) : null));
  const currentCard = computed(() => (session.value ? (byId.value.get(session.value.questionId) ?? null) : null));
  const revealed = computed(() => session.value?.selected != null);
  const proposed = computed<Grade | null>(() => {
    const s = session.value;
    const q = current.value;
    if (!s || !q || s.selected === null) return null;
    return gradeFromAnswer(s.selected === q.answer, s.confidence);
  });
  const intervals = computed(() => {
    const s = session.value;
    if (!s) return null;
    const card = currentCard.value ?? newCard(s.questionId, current.value?.domain ?? '', now.value);
    return previewIntervals(card, now.value, settings.value);
  });

  /** Loads settings, cards and today's counts. */
  async function load(t = Date.now()): Promise<void> {
    try {
      settings.value = await getSetting(db, 'srs', { ...DEFAULT_SRS }, isSrsSettings);
      await refresh(t);
    } finally {
      loaded.value = true;
    }
  }

  async function refresh(t = Date.now()): Promise<void> {
    now.value = t;
    cards.value = await allCards(db);
    done.value = await doneToday(db, t);
  }

  /** Saves settings after checking them; returns a message naming the bad field, or null. */
  async function saveSettings(next: SrsSettings): Promise<string | null> {
    if (!isSrsSettings(next)) {
      return 'Check the values: retention 0.70-0.99, whole numbers for the daily limits, and a valid exam date.';
    }
    settings.value = { ...next };
    await putSetting(db, 'srs', next);
    return null;
  }

  /** The next card of today's queue, rebuilt each time so learning steps come back when due. */
  function nextCard(reviewed: number): void {
    const q = buildQueue(cards.value, now.value, settings.value, done.value).filter((c) => bank.question(c.questionId));
    const card = q[0];
    session.value = card
      ? { questionId: card.questionId, order: shuffled(OPTION_KEYS, rng), selected: null, confidence: null, reviewed }
      : null;
  }

  async function start(t = Date.now()): Promise<void> {
    await refresh(t);
    nextCard(0);
  }

  function choose(key: OptionKey): void {
    if (session.value && session.value.selected === null) session.value = { ...session.value, selected: key };
  }

  function setConfidence(c: Confidence): void {
    if (session.value) session.value = { ...session.value, confidence: session.value.confidence === c ? null : c };
  }

  /** Records the grade (the proposed one unless the person overrides it) and moves on. */
  async function grade(g: Grade, t = Date.now()): Promise<void> {
    const s = session.value;
    const q = current.value;
    if (!s || !q || s.selected === null) return;
    await recordReviews(db, [{ questionId: q.id, domain: q.domain, grade: g }], t, settings.value, 'review');
    lastReviewed.value = q.id;
    await refresh(t);
    nextCard(s.reviewed + 1);
  }

  /** Undoes the last review (card and log) and shows that question again. */
  async function undo(t = Date.now()): Promise<void> {
    const log = await undoLastReview(db);
    await refresh(t);
    if (log && bank.question(log.questionId)) {
      session.value = {
        questionId: log.questionId,
        order: shuffled(OPTION_KEYS, rng),
        selected: null,
        confidence: null,
        reviewed: Math.max(0, (session.value?.reviewed ?? 1) - 1),
      };
    }
    lastReviewed.value = null;
  }

  function stop(): void {
    session.value = null;
  }

  async function suspend(questionId: string, on: boolean): Promise<void> {
    await setSuspended(db, questionId, on);
    await refresh();
  }

  async function add(questionId: string): Promise<boolean> {
    const q = bank.question(questionId);
    if (!q) return false;
    const added = await addToReview(db, q.id, q.domain, Date.now());
    await refresh();
    return added;
  }

  return {
    settings,
    cards,
    now,
    session,
    counts,
    nextDue,
    next30,
    leeches,
    suspended,
    byId,
    current,
    currentCard,
    revealed,
    proposed,
    intervals,
    lastReviewed,
    loaded,
    load,
    refresh,
    saveSettings,
    start,
    choose,
    setConfidence,
    grade,
    undo,
    stop,
    suspend,
    add,
  };
});
