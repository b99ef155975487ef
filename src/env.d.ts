/// <reference types="vite/client" />
declare const __APP_VERSION__: string;
declare const __BANK_SHA256__: string;
/** The web build's summary of the bank.json it emits (src/core/bank/summary.ts); null elsewhere. */
declare const __BANK_SUMMARY__: import('./core/bank/summary').BankSummary | null;
