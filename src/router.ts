import { createRouter, createWebHashHistory } from 'vue-router';
import HomeView from './views/HomeView.vue';

// Hash history: the same URLs work under app://bundle, a static web server and file previews.
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'home', component: HomeView, meta: { title: 'Home' } },
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
      path: '/settings',
      name: 'settings',
      component: () => import('./views/SettingsView.vue'),
      meta: { title: 'Settings' },
    },
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ],
  scrollBehavior: () => ({ top: 0 }),
});

router.afterEach((to) => {
  document.title = `${String(to.meta['title'] ?? '')} · MLOps Exam Prep`;
});
