import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Serious and critical WCAG 2.1 A/AA violations on the page, one line each. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
}

export interface BankQuestion {
  id: string;
  domain: string;
  answer: string;
  options: { key: string; text: string }[];
}

export interface Bank {
  domains: { id: string; name: string }[];
  questions: BankQuestion[];
}

/** The compiled bank the page itself loads, to know each question's key. */
export async function fetchBank(page: Page): Promise<Bank> {
  return page.evaluate(async () => (await fetch('./bank.json')).json());
}

/** The id of the question on screen and the display position (0-5) of its key. */
export async function keyPosition(page: Page, bank: Bank): Promise<{ id: string; pos: number; domain: string }> {
  const id = await page.locator('article[data-question-id]').getAttribute('data-question-id');
  const q = bank.questions.find((x) => x.id === id)!;
  const labels = await page
    .getByRole('radiogroup', { name: 'Options' })
    .getByRole('radio')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  const keyText = q.options.find((o) => o.key === q.answer)!.text;
  const pos = labels.findIndex((l) => l.slice(3).replace(/ \(crossed out\)$/, '') === keyText);
  if (pos < 0) throw new Error(`key of ${id} not found among the options shown`);
  return { id: q.id, pos, domain: q.domain };
}
