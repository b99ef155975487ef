/** Prints the compiled bank as JSON in the stable export format other tools read. */
import { loadCompiledBank } from './bank-source';

try {
  const bank = loadCompiledBank();
  const out = {
    domains: bank.domains.map(({ id, name, weight }) => ({ id, name, weight })),
    questions: bank.questions.map((q) => ({
      id: q.id,
      domain: q.domain,
      difficulty: q.difficulty,
      title: q.title,
      stem: q.stem,
      tags: q.tags,
      options: q.options.map(({ key, text, why }) => ({ key, text, why })),
      answer: q.answer,
      explanation: q.explanation,
      source: q.source,
    })),
  };
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
