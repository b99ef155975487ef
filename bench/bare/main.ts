// The startup baseline: a bare Vue page built and served the same way as the app.
import { createApp, h } from 'vue';

createApp({ render: () => h('h1', 'Ready') }).mount('#app');
// The same "mounted, so it responds" mark the app sets (src/main.ts), which the benchmark waits for.
document.getElementById('app')!.setAttribute('data-ready', '');
