import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { router } from './router';
import { detectPlatform } from './platform';
import { PLATFORM } from './platform/provide';
import './styles/main.css';

const app = createApp(App);
app.provide(PLATFORM, detectPlatform());
app.use(createPinia());
app.use(router);
// Mounted once the first route is resolved, so the first render is that screen, not a placeholder.
void router.isReady().then(() => {
  const root = document.getElementById('app')!;
  app.mount(root);
  // For tests and the benchmark: the screen is mounted, so it responds.
  root.setAttribute('data-ready', '');
});
