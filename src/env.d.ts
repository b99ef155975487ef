/// <reference types="vite/client" />
declare const __APP_VERSION__: string;
declare const __BANK_SHA256__: string;
