import HomeView from '../views/HomeView.vue';
import { createHashRouter, type RouteRecord } from './hash-router';
import { patterns } from './paths';

const routes: RouteRecord[] = [
  // The home screen needs only the bank's summary; every other screen waits for the full bank (App.vue).
  { path: '/', component: HomeView, meta: { title: 'Home', bank: 'summary' } },
  { path: '/browse', load: () => import('../views/BrowseView.vue'), meta: { title: 'Question browser' } },
  {
    path: patterns.question,
    load: () => import('../views/QuestionView.vue'),
    props: true,
    meta: { title: 'Question' },
  },
  { path: patterns.exam, load: () => import('../views/ExamView.vue'), props: true, meta: { title: 'Exam' } },
  { path: patterns.results, load: () => import('../views/ResultsView.vue'), props: true, meta: { title: 'Results' } },
  { path: '/progress', load: () => import('../views/DashboardView.vue'), meta: { title: 'Progress' } },
  { path: '/review', load: () => import('../views/ReviewView.vue'), meta: { title: 'Review' } },
  { path: '/history', load: () => import('../views/HistoryView.vue'), meta: { title: 'History' } },
  { path: '/quiz', load: () => import('../views/QuizBuilderView.vue'), meta: { title: 'Practice and custom quizzes' } },
  { path: '/settings', load: () => import('../views/SettingsView.vue'), meta: { title: 'Settings' } },
];

/** The app's router; an unknown address goes home. */
export const router = createHashRouter({
  routes,
  fallback: '/',
  title: (route) => `${String(route.meta['title'] ?? '')} · MLOps Exam Prep`,
});
