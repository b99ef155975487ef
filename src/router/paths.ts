/** The addresses of the app's screens, for links and navigation; the route table is in ./index. */
import { fillPattern, formatAddress } from '../core/routing';

/** The patterns of the screens addressed by an id, shared with the route table. */
export const patterns = {
  question: '/questions/:id',
  exam: '/exam/:id',
  results: '/results/:id',
} as const;

export interface BrowseQuery {
  readonly domain?: string | null;
  readonly difficulty?: string | null;
  readonly q?: string;
  readonly source?: string | null;
}

export const paths = {
  home: '/',
  review: '/review',
  progress: '/progress',
  quiz: '/quiz',
  history: '/history',
  settings: '/settings',
  /** The question browser, filtered as given. */
  browse: (query: BrowseQuery = {}) =>
    formatAddress('/browse', {
      domain: query.domain ?? undefined,
      difficulty: query.difficulty ?? undefined,
      q: query.q,
      source: query.source ?? undefined,
    }),
  question: (questionId: string) => fillPattern(patterns.question, { id: questionId }),
  exam: (attemptId: string) => fillPattern(patterns.exam, { id: attemptId }),
  results: (attemptId: string) => fillPattern(patterns.results, { id: attemptId }),
} as const;
