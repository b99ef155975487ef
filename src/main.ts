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
app.mount('#app');
