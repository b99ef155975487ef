/** The addresses of the app's screens, for links and navigation; the route table is in ./index. */
import { formatAddress } from '../core/routing';

const id = (base: string, value: string) => `${base}/${encodeURIComponent(value)}`;

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
  question: (questionId: string) => id('/questions', questionId),
  exam: (attemptId: string) => id('/exam', attemptId),
  results: (attemptId: string) => id('/results', attemptId),
} as const;
