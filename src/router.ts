import { createRouter, createWebHashHistory, START_LOCATION } from 'vue-router';
import HomeView from './views/HomeView.vue';

// Hash history: the same URLs work under app://bundle, a static web server and file previews.
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    // The home screen needs only the bank's summary; every other screen waits for the full bank (App.vue).
    { path: '/', name: 'home', component: HomeView, meta: { title: 'Home', bank: 'summary' } },
    {
      path: '/browse',
      name: 'browse',
      component: () => import('./views/BrowseView.vue'),
      meta: { title: 'Question browser' },
    },
    {
      path: '/questions/:id',
      name: 'question',
      component: () => import('./views/QuestionView.vue'),
      props: true,
      meta: { title: 'Question' },
    },
    {
      path: '/exam/:id',
      name: 'exam',
      component: () => import('./views/ExamView.vue'),
      props: true,
      meta: { title: 'Exam' },
    },
    {
      path: '/results/:id',
      name: 'results',
      component: () => import('./views/ResultsView.vue'),
      props: true,
      meta: { title: 'Results' },
    },
    {
      path: '/progress',
      name: 'progress',
      component: () => import('./views/DashboardView.vue'),
      meta: { title: 'Progress' },
    },
    { path: '/review', name: 'review', component: () => import('./views/ReviewView.vue'), meta: { title: 'Review' } },
    {
      path: '/history',
      name: 'history',
      component: () => import('./views/HistoryView.vue'),
      meta: { title: 'History' },
    },
    {
      path: '/quiz',
      name: 'quiz',
      component: () => import('./views/QuizBuilderView.vue'),
      meta: { title: 'Practice and custom quizzes' },
    },
    {
      path: '/settings',
      name: 'settings',
      component: () => import('./views/SettingsView.vue'),
      meta: { title: 'Settings' },
    },
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ],
  // Not on the first navigation: the page starts at the top, and scrolling would force a layout
  // of the first screen before it has finished rendering.
  scrollBehavior: (_to, from) => (from === START_LOCATION ? false : { top: 0 }),
});

router.afterEach((to) => {
  document.title = `${String(to.meta['title'] ?? '')} · MLOps Exam Prep`;
});

// Vue Router hears Back and address changes only once its first navigation is done, and that
// navigation then writes its own address over one made meanwhile (while the screen's code loads,
// say). The last such address is kept here, to go to once the router is ready.
let changedDuringStart: string | null = null;
const noteAddress = () => (changedDuringStart = router.options.history.location);
window.addEventListener('popstate', noteAddress);

/** Once the router is ready: goes to an address the person went to while it was starting, if any. */
export function followAddress(): Promise<unknown> | undefined {
  window.removeEventListener('popstate', noteAddress);
  const address = changedDuringStart;
  changedDuringStart = null;
  if (address !== null && router.resolve(address).fullPath !== router.currentRoute.value.fullPath)
    return router.replace(address);
}
