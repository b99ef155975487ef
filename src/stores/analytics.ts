/** The dashboard's numbers: read from the kept-up-to-date tallies, never by rescanning answers. */
import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import {
  activity,
  calibration,
  meanTime,
  tallies,
  trueRetention,
  type DailyStat,
  type RetentionLog,
} from '../core/analytics/aggregate';
import { accuracy } from '../core/analytics/beta';
import { estimateReadiness, studyPlan } from '../core/analytics/readiness';
import { quotas } from '../core/exam/blueprint';
import type { AttemptRecord } from '../core/exam/types';
import { seededRng } from '../core/random';
import { dayOf, DAY_MS } from '../core/review/scheduler';
import { db } from '../db';
import { loadDashboardData } from '../db/analytics-repo';
import { useBankStore } from './bank';

export const useAnalyticsStore = defineStore('analytics', () => {
  const bank = useBankStore();
  const stats = shallowRef<DailyStat[]>([]);
  const attempts = shallowRef<AttemptRecord[]>([]);
  const seenByDomain = shallowRef<Map<string, number>>(new Map());
  const logs = shallowRef<RetentionLog[]>([]);
  const now = shallowRef(Date.now());

  async function load(t = Date.now()): Promise<void> {
    now.value = t;
    const d = await loadDashboardData(db, dayOf(t - 60 * DAY_MS));
    stats.value = d.stats;
    attempts.value = d.attempts;
    seenByDomain.value = d.seenByDomain;
    logs.value = d.logs;
  }

  const allTime = computed(() => tallies(stats.value));
  const last30 = computed(() => tallies(stats.value, dayOf(now.value - 29 * DAY_MS)));
  const answered = computed(() => allTime.value.reduce((s, t) => s + t.total, 0));
  const domains = computed(() => {
    const times = meanTime(stats.value);
    return bank.domains.map((d) => {
      const all = allTime.value.find((t) => t.domain === d.id) ?? { correct: 0, total: 0 };
      const recent = last30.value.find((t) => t.domain === d.id) ?? { correct: 0, total: 0 };
      return {
        id: d.id,
        name: d.name,
        weight: d.weight,
        all: accuracy(all.correct, all.total),
        recent: accuracy(recent.correct, recent.total),
        seen: seenByDomain.value.get(d.id) ?? 0,
        inBank: bank.countByDomain.get(d.id) ?? 0,
        meanMs: times.get(d.id) ?? 0,
      };
    });
  });
  const readiness = computed(() =>
    estimateReadiness(
      allTime.value,
      quotas(bank.domains, bank.simulation.questions),
      bank.simulation.passMark,
      seededRng(20261127),
    ),
  );
  const plan = computed(() => studyPlan(bank.domains, allTime.value, bank.simulation.passMark));
  const confidence = computed(() => calibration(stats.value));
  const calendar = computed(() => activity(stats.value, now.value));
  const retention = computed(() => trueRetention(logs.value, now.value));
  const trend = computed(() =>
    attempts.value
      .filter((a) => a.status === 'submitted' && a.score && (a.mode === 'simulation' || a.mode === 'practice-test'))
      .sort((a, b) => a.startedAt - b.startedAt),
  );
  const paceMs = computed(() => (bank.simulation.minutes * 60_000) / bank.simulation.questions);

  return { now, answered, domains, readiness, plan, confidence, calendar, retention, trend, paceMs, load };
});
