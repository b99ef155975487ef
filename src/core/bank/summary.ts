/**
 * What the home screen shows about the bank: its domains, the simulation settings and how many
 * questions there are in all, per domain and per practice test. The web build computes it from the
 * bank.json it emits and ships it inside the page, so the home screen shows before the 1.7 MB bank
 * has been fetched and checked.
 */
import type { CompiledBank, Domain } from './schema';
import { practiceForms } from '../exam/forms';

export interface BankSummary {
  domains: Domain[];
  simulation: CompiledBank['simulation'];
  /** Questions in the bank. */
  total: number;
  /** Questions per domain id; a domain without questions is absent. */
  countByDomain: Record<string, number>;
  /** The fixed practice tests, in order, with how many questions each has. */
  forms: { id: string; title: string; count: number }[];
}

export function summarizeBank(bank: Pick<CompiledBank, 'domains' | 'simulation' | 'questions'>): BankSummary {
  const countByDomain: Record<string, number> = {};
  for (const q of bank.questions) countByDomain[q.domain] = (countByDomain[q.domain] ?? 0) + 1;
  return {
    domains: bank.domains.map((d) => ({ id: d.id, name: d.name, weight: d.weight })),
    simulation: { ...bank.simulation },
    total: bank.questions.length,
    countByDomain,
    forms: practiceForms(bank.questions, bank.simulation.forms).map((f) => ({
      id: f.id,
      title: f.title,
      count: f.questionIds.length,
    })),
  };
}

/** True when two summaries say the same, so a screen showing one need not render again for the other. */
export function sameSummary(a: BankSummary | null, b: BankSummary | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
