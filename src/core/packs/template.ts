/**
 * Starter files for writing a pack: one YAML and one CSV, each with a single complete question that
 * passes every check, so a person can copy its shape.
 */
import { stringify } from 'yaml';
import { OPTION_KEYS, type QuestionFile } from '../bank/schema';
import { toCsv } from './csv';
import { CSV_COLUMNS } from './parse';

export const TEMPLATE_QUESTION: QuestionFile = {
  v: 1,
  id: 'team-serving-001',
  domain: 'team-serving',
  difficulty: 'medium',
  title: 'Tokenizer version drift between training and serving',
  tags: ['training-serving-skew'],
  stem:
    'A text classifier scored 0.91 F1 offline but its live precision fell to 0.62 the day it shipped. ' +
    'The serving image installs the tokenizer library without a version pin, and the build picked up a ' +
    'release that splits hyphenated words differently from the one used in training. ' +
    'What should the team change first?',
  options: {
    A: {
      text: 'Pin the tokenizer version in the serving image to the one recorded with the training run',
      why: 'The live drop comes from inputs being split differently at serving time, so making serving use the exact tokenizer the model was trained with removes the skew at its source.',
    },
    B: {
      text: 'Retrain the classifier on a fresh sample of recent production traffic',
      why: 'Retraining does not touch the cause: the serving tokenizer would still disagree with the one baked into the new model unless the versions are pinned to match.',
    },
    C: {
      text: 'Lower the decision threshold until live precision returns to its offline level',
      why: 'Moving the threshold trades recall for precision on corrupted inputs; it hides the symptom while the tokens the model receives are still not the ones it learned from.',
    },
    D: {
      text: 'Add a drift monitor on the input text length distribution and alert on change',
      why: 'A monitor is useful later but detects rather than fixes; the cause is already known here, and text length may not even move when only hyphen handling differs.',
    },
    E: {
      text: 'Switch the model to a character-level architecture that needs no tokenizer',
      why: 'Replacing the architecture is a large project with its own accuracy risk, and it is not needed when one unpinned dependency explains the whole gap.',
    },
    F: {
      text: 'Run a shadow deployment of the current model to collect more evidence first',
      why: 'The evidence is already clear: a known version difference changes the inputs. Shadowing the same broken image would only delay the fix while users see bad predictions.',
    },
  },
  answer: 'A',
  explanation:
    'This is training-serving skew caused by an unpinned preprocessing dependency. The model learned from ' +
    'tokens produced by one tokenizer release and now receives tokens from another, so its inputs differ ' +
    'from anything it saw in training. Recording preprocessing versions with each training run and pinning ' +
    'them in the serving image removes the mismatch; monitoring and retraining come after the cause is fixed.',
};

const TEMPLATE_DOMAIN = { id: 'team-serving', name: 'Our serving stack', mapsTo: 'model-deployment' };

export function yamlTemplate(): string {
  const { v: _v, ...question } = TEMPLATE_QUESTION;
  return (
    "# A question pack for MLOps Exam Prep. Each question uses the built-in bank's format.\n" +
    '# pack.domains lists your own domains; mapsTo (optional) makes one count toward a built-in domain.\n' +
    stringify(
      { pack: { id: 'my-team-pack', name: 'My team pack', domains: [TEMPLATE_DOMAIN] }, questions: [question] },
      {
        lineWidth: 100,
      },
    )
  );
}

export function csvTemplate(): string {
  const q = TEMPLATE_QUESTION;
  const value: Record<string, string> = {
    id: q.id,
    domain: q.domain,
    difficulty: q.difficulty,
    title: q.title,
    tags: q.tags.join(';'),
    stem: q.stem,
    answer: q.answer,
    explanation: q.explanation,
  };
  for (const k of OPTION_KEYS) {
    value[`option_${k.toLowerCase()}`] = q.options[k].text;
    value[`why_${k.toLowerCase()}`] = q.options[k].why;
  }
  return toCsv([[...CSV_COLUMNS], CSV_COLUMNS.map((c) => value[c] ?? '')]);
}
