import { describe, expect, it } from 'vitest';
import { makeBank } from './fixtures';
import { sameSummary, summarizeBank } from './summary';
import { practiceForms } from '../exam/forms';

describe('the bank summary the home screen shows first', () => {
  const bank = makeBank({ 'general-mlops': 3, 'data-engineering': 5 });

  it('counts the questions in all and per domain, leaving out domains without questions', () => {
    const s = summarizeBank(bank);
    expect(s.total).toBe(8);
    expect(s.countByDomain).toEqual({ 'general-mlops': 3, 'data-engineering': 5 });
    expect(s.domains).toEqual(bank.domains);
    expect(s.simulation).toEqual(bank.simulation);
  });

  it('gives every practice test the size it has when built from the full bank', () => {
    const s = summarizeBank(bank);
    const forms = practiceForms(bank.questions, bank.simulation.forms);
    expect(s.forms).toEqual(forms.map((f) => ({ id: f.id, title: f.title, count: f.questionIds.length })));
    expect(s.forms.reduce((n, f) => n + f.count, 0)).toBe(8);
  });

  it('survives the JSON round trip the build puts it through, and tells a changed bank apart', () => {
    const s = summarizeBank(bank);
    expect(sameSummary(JSON.parse(JSON.stringify(s)), s)).toBe(true);
    expect(sameSummary(summarizeBank(makeBank(1)), s)).toBe(false);
    expect(sameSummary(null, s)).toBe(false);
  });
});
