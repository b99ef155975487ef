/** The loaded question bank and lookups over it. */
import { defineStore } from 'pinia';
import { computed, shallowRef, ref, watch } from 'vue';
import type { CompiledBank, Question } from '../core/bank/schema';
import { packDomainViews, packQuestions } from '../core/packs/ids';
import type { StoredPack } from '../core/packs/format';
import { sameSummary, summarizeBank, type BankSummary } from '../core/bank/summary';
import { usePlatform } from '../platform/provide';

export const useBankStore = defineStore('bank', () => {
  const platform = usePlatform();
  // shallowRef: the bank is read-only data; deep reactivity over 550 questions buys nothing.
  const bank = shallowRef<CompiledBank | null>(null);
  const status = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const error = ref<string | null>(null);

  const domains = computed(() => bank.value?.domains ?? []);
  const questions = computed(() => bank.value?.questions ?? []);
  const simulation = computed(
    () => bank.value?.simulation ?? { questions: 65, minutes: 145, passMark: 0.72, forms: 8 },
  );
  /** Installed custom packs. Their questions join lookups, the browser and quizzes, never simulations or forms. */
  const packs = shallowRef<readonly StoredPack[]>([]);
  /** True once the installed packs were read, so views that look questions up by id can trust a miss. */
  const packsLoaded = ref(false);
  const packItems = computed(() => packs.value.flatMap(packQuestions));
  const allQuestions = computed(() =>
    packItems.value.length ? [...questions.value, ...packItems.value] : questions.value,
  );
  const packDomains = computed(() => packDomainViews(packs.value, domains.value));
  const byId = computed(() => new Map(allQuestions.value.map((q) => [q.id, q])));
  const domainName = computed(
    () =>
      new Map([
        ...domains.value.map((d) => [d.id, d.name] as const),
        ...packDomains.value.filter((d) => !d.mapsToName).map((d) => [d.id, `${d.name} (${d.packName})`] as const),
      ]),
  );
  const countByDomain = computed(() => {
    const counts = new Map<string, number>();
    for (const q of questions.value) counts.set(q.domain, (counts.get(q.domain) ?? 0) + 1);
    return counts;
  });

  /** Loads the bank once; a failure leaves no partial bank and keeps the message to show. */
  async function load(): Promise<void> {
    if (status.value === 'ready' || status.value === 'loading') return;
    status.value = 'loading';
    try {
      bank.value = await platform.loadBank();
      status.value = 'ready';
    } catch (e) {
      bank.value = null;
      error.value = e instanceof Error ? e.message : String(e);
      status.value = 'error';
    }
  }

  function question(id: string): Question | undefined {
    return byId.value.get(id);
  }

  function setPacks(list: readonly StoredPack[]): void {
    packs.value = list;
    packsLoaded.value = true;
  }

  /**
   * What the home screen shows: the one shipped with the app until the full bank is loaded, then
   * the full bank's (the same object while it says the same, so the screen need not render again).
   */
  const shipped = platform.bankSummary();
  const summary = computed<BankSummary | null>((previous) => {
    if (!bank.value) return shipped;
    const s = summarizeBank(bank.value);
    return previous && sameSummary(previous, s) ? previous : s;
  });

  /**
   * Resolves once the full bank and the installed packs are loaded, starting the bank's load if
   * nothing has; rejects with the load's error.
   */
  function ready(): Promise<void> {
    if (status.value === 'idle') void load();
    return new Promise((resolve, reject) => {
      const settled = ([s, packsIn]: [typeof status.value, boolean]) => {
        if (s === 'ready' && packsIn) resolve();
        else if (s === 'error') reject(new Error(error.value ?? 'The question bank could not be loaded'));
        return (s === 'ready' && packsIn) || s === 'error';
      };
      if (settled([status.value, packsLoaded.value])) return;
      const stop = watch([status, packsLoaded], (v) => settled(v) && stop());
    });
  }

  return {
    bank,
    status,
    error,
    domains,
    questions,
    simulation,
    countByDomain,
    domainName,
    load,
    question,
    packs,
    packsLoaded,
    allQuestions,
    packDomains,
    setPacks,
    summary,
    ready,
  };
});
