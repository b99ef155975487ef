/** Starting attempts: simulations by the blueprint, fixed practice tests, practice and custom quizzes. */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { drawSimulation } from '../core/exam/blueprint';
import { isExpired } from '../core/exam/clock';
import { practiceForms } from '../core/exam/forms';
import { createAttempt, paceMinutes, quizPool, type QuizCriteria } from '../core/exam/session';
import type { AttemptRecord } from '../core/exam/types';
import { seededRng, shuffled } from '../core/random';
import { db } from '../db';
import { inProgressAttempts, listAttempts, loadHistory } from '../db/attempts-repo';
import { useBankStore } from './bank';
import { useExamStore } from './exam';

function freshRng() {
  return seededRng(crypto.getRandomValues(new Uint32Array(1))[0]!);
}

export const useStudyStore = defineStore('study', () => {
  const bank = useBankStore();
  const exam = useExamStore();
  const history = ref<AttemptRecord[]>([]);
  const unfinished = computed(() => history.value.filter((a) => a.status === 'in-progress'));
  const forms = computed(() => practiceForms(bank.questions, bank.simulation.forms));

  /** Reloads the attempt list (home, history). */
  async function refresh(): Promise<void> {
    history.value = await listAttempts(db);
  }

  /**
   * On start-up: submits every unfinished attempt whose deadline passed while the app was closed
   * (returning them, so the person is told), and returns the newest one that can be resumed.
   */
  async function checkUnfinished(
    now = Date.now(),
  ): Promise<{ resumable: AttemptRecord | null; expired: AttemptRecord[] }> {
    const open = await inProgressAttempts(db);
    const expired: AttemptRecord[] = [];
    // Submitting scores the answers, which needs the questions: the home screen may be up before them.
    if (open.some((x) => isExpired(x.timing, now))) await bank.ready();
    for (const a of open.filter((x) => isExpired(x.timing, now))) {
      const done = await exam.open(a.id);
      if (done) expired.push(done);
    }
    await refresh();
    return { resumable: open.find((a) => !isExpired(a.timing, now)) ?? null, expired };
  }

  async function startSimulation(opts: { showDomain: boolean }): Promise<string> {
    const h = await loadHistory(db);
    const sim = bank.simulation;
    const draw = drawSimulation(bank.domains, bank.questions, sim.questions, h.lastSeen, freshRng());
    const a = createAttempt({
      id: crypto.randomUUID(),
      mode: 'simulation',
      title: 'Full simulation',
      questions: draw.questions,
      now: Date.now(),
      rng: freshRng(),
      minutes: sim.minutes,
      passMark: sim.passMark,
      showDomain: opts.showDomain,
    });
    await exam.begin(a);
    return a.id;
  }

  async function startPracticeTest(formId: string, opts: { timed: boolean }): Promise<string> {
    const form = forms.value.find((f) => f.id === formId);
    if (!form) throw new Error(`There is no practice test "${formId}".`);
    const questions = form.questionIds.map((id) => bank.question(id)!);
    const a = createAttempt({
      id: crypto.randomUUID(),
      mode: 'practice-test',
      title: form.title,
      formId: form.id,
      questions,
      now: Date.now(),
      rng: freshRng(),
      minutes: opts.timed ? paceMinutes(questions.length, bank.simulation) : 0,
      passMark: bank.simulation.passMark,
    });
    await exam.begin(a);
    return a.id;
  }

  /** How many questions a quiz with these criteria could draw from. */
  async function poolSize(c: QuizCriteria): Promise<number> {
    return quizPool(bank.allQuestions, c, await loadHistory(db)).length;
  }

  /**
   * A practice session (instant feedback) or a custom quiz (feedback at the end), drawn at random
   * from the matching questions. Rejects with a message when nothing matches.
   */
  async function startQuiz(
    c: QuizCriteria,
    opts: { feedback: 'instant' | 'end'; minutes: number; title?: string },
  ): Promise<string> {
    const pool = quizPool(bank.allQuestions, c, await loadHistory(db));
    if (pool.length === 0)
      throw new Error('No question matches these choices. Widen the domains, difficulty or source.');
    const picked = shuffled(pool, freshRng()).slice(0, Math.max(1, c.count));
    const a = createAttempt({
      id: crypto.randomUUID(),
      mode: opts.feedback === 'instant' ? 'practice' : 'drill',
      title: opts.title ?? (opts.feedback === 'instant' ? 'Practice' : 'Custom quiz'),
      questions: picked,
      now: Date.now(),
      rng: freshRng(),
      minutes: opts.minutes,
      passMark: bank.simulation.passMark,
    });
    // Quizzes are not strict exams: feedback follows the person's choice (their clock is a budget).
    a.feedback = opts.feedback;
    await exam.begin(a);
    return a.id;
  }

  return {
    history,
    unfinished,
    forms,
    refresh,
    checkUnfinished,
    startSimulation,
    startPracticeTest,
    poolSize,
    startQuiz,
  };
});
