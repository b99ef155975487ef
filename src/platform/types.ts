/** What the UI needs from its host. Only src/platform knows whether that host is Electron or a browser. */
import type { CompiledBank } from '../core/bank/schema';
import type { BankSummary } from '../core/bank/summary';
import type { AppInfo, BackupEntry, OpenedFile } from '../core/ipc/contract';
import type { StoredPack } from '../core/packs/format';

export type { AppInfo, BackupEntry, OpenedFile };

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface Platform {
  readonly host: 'electron' | 'web';
  /** Name, version and host of the running app. */
  info(): Promise<AppInfo>;
  /** The validated question bank; rejects with a message naming the file and field when invalid. */
  loadBank(): Promise<CompiledBank>;
  /**
   * The bank's summary built into the page (web and desktop builds alike), so the home screen can
   * show before loadBank() has finished; null when the build had none for its bank.json, and the
   * home screen waits for the bank.
   */
  bankSummary(): BankSummary | null;
  /** Saves text to a file the person chooses (desktop) or downloads it (browser). */
  saveFile(suggestedName: string, content: string, filters: FileFilter[]): Promise<{ saved: boolean; path?: string }>;
  /** Lets the person pick a file and returns its text, or null when they cancel. */
  openFile(filters: FileFilter[]): Promise<OpenedFile | null>;
  /** Enters or leaves distraction-free full screen; returns the new state. */
  setFocusMode(on: boolean): Promise<boolean>;
  /** Automatic backups in the app's data folder; null where the host has none (the browser). */
  readonly backups: {
    list(): Promise<BackupEntry[]>;
    write(content: string, reason: 'attempt' | 'review' | 'quit' | 'manual' | 'before-restore'): Promise<BackupEntry>;
    read(name: string): Promise<string>;
  } | null;
  /**
   * Custom question packs kept by the host (the desktop app's data folder); null where the app keeps
   * them itself (the browser build stores them in IndexedDB).
   */
  readonly packs: {
    list(): Promise<{ packs: StoredPack[]; problems: string[] }>;
    save(pack: StoredPack): Promise<void>;
    remove(id: string): Promise<void>;
  } | null;
  /** Runs `handler` (a last backup) when the desktop app is quitting; nothing in the browser. */
  onQuit(handler: () => Promise<void>): void;
  /** Saves the current page as a PDF (desktop) or opens the print dialog (browser). */
  printReport(suggestedName: string): Promise<{ saved: boolean; path?: string }>;
}
