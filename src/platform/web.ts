/** The browser host: the bank is a static asset, files are downloads and file pickers. */
import type { CompiledBank } from '../core/bank/schema';
import type { BankSummary } from '../core/bank/summary';
import type { FileFilter, Platform } from './types';
import { afterLoad } from '../composables/whenIdle';

/** Hex SHA-256 of some bytes, or null where Web Crypto is unavailable (insecure origins). */
async function sha256(bytes: ArrayBuffer): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const buf = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function accept(filters: FileFilter[]): string {
  return filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
}

/** Installs the offline service worker in production builds, once the page has loaded (the desktop app needs none). */
export function registerOfflineSupport(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () =>
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // Without a service worker the app still works online; nothing to tell the person.
    });
  // Its install downloads every file of the build (bank included); after the page has loaded, that
  // download does not compete with the first screen.
  afterLoad(() => void register());
}

/** What the build knows about the bank.json it emitted beside the page. */
export interface BuiltBank {
  /** Hex SHA-256 of the file's bytes ('' when unknown). */
  sha256: string;
  summary: BankSummary | null;
}

export function createWebPlatform(
  doc: Document = document,
  bankUrl = './bank.json',
  built: BuiltBank = { sha256: __BANK_SHA256__, summary: __BANK_SUMMARY__ },
): Platform {
  return {
    host: 'web',
    async info() {
      return { name: 'MLOps Exam Prep', version: __APP_VERSION__, host: 'web', os: navigator.platform || 'web' };
    },
    async loadBank() {
      const res = await fetch(bankUrl);
      if (!res.ok) throw new Error(`The question bank (bank.json) could not be fetched: HTTP ${res.status}`);
      const bytes = await res.arrayBuffer();
      // The digest runs beside the parse; it covers the bytes as served, which the build hashed.
      const digest = built.sha256 ? sha256(bytes).catch(() => null) : null;
      let raw: unknown;
      try {
        raw = JSON.parse(new TextDecoder().decode(bytes));
      } catch {
        throw new Error('The question bank (bank.json) is not valid JSON');
      }
      // The build validated this exact file with the bank schema; when its digest matches, skip the
      // second full validation (about 100 ms on a 1.7 MB bank). Any other file is validated in full.
      if (digest && (await digest) === built.sha256) return raw as CompiledBank;
      // The schema (zod) is loaded only on this path, keeping it out of the start-up bundle.
      const { validateCompiledBank } = await import('../core/bank/validate');
      const result = validateCompiledBank(raw);
      if (!result.ok) throw new Error(`The question bank is invalid:\n${result.errors.join('\n')}`);
      return result.bank;
    },
    bankSummary: () => built.summary,
    async saveFile(suggestedName, content) {
      const url = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
      const a = doc.createElement('a');
      a.href = url;
      a.download = suggestedName;
      doc.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      return { saved: true };
    },
    openFile(filters) {
      return new Promise((resolve, reject) => {
        const input = doc.createElement('input');
        input.type = 'file';
        input.accept = accept(filters);
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) return resolve(null);
          file.text().then((content) => resolve({ name: file.name, content }), reject);
        });
        input.addEventListener('cancel', () => resolve(null));
        input.click();
      });
    },
    async setFocusMode(on) {
      try {
        if (on && !doc.fullscreenElement) await doc.documentElement.requestFullscreen();
        if (!on && doc.fullscreenElement) await doc.exitFullscreen();
      } catch {
        // Browsers refuse full screen without a user gesture; focus mode still hides the app chrome.
      }
      return on;
    },
    backups: null,
    packs: null,
    onQuit() {
      // A browser tab has no quit step to hook; data is already committed as it is written.
    },
    async printReport() {
      window.print();
      return { saved: false };
    },
  };
}
