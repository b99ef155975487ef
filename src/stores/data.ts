/** The person's data: export, validated import (replace or merge), backups, storage persistence. */
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { ExportFile } from '../core/data/export-file';
import { dayOf } from '../core/review/scheduler';
import { db } from '../db';
import { exportAll, importAll, listReports } from '../db/data-repo';
import type { ReportRecord } from '../db/database';
import { usePlatform } from '../platform/provide';
import type { BackupEntry } from '../platform/types';

const JSON_FILTER = [{ name: 'Progress export', extensions: ['json'] }];

/** The validator (zod) loads only when a file is imported or restored, keeping it out of start-up. */
async function parseExportFile(text: string) {
  return (await import('../core/data/export-file')).parseExportFile(text);
}

export interface ImportPreview {
  name: string;
  file: ExportFile;
  counts: Record<string, number>;
}

export const useDataStore = defineStore('data', () => {
  const platform = usePlatform();
  const pending = shallowRef<ImportPreview | null>(null);
  const problems = ref<string[]>([]);
  const message = ref<string | null>(null);
  const backups = ref<BackupEntry[]>([]);
  const reports = ref<ReportRecord[]>([]);
  const persisted = ref<boolean | null>(null);

  async function exportProgress(): Promise<void> {
    const file = await exportAll(db, Date.now());
    const res = await platform.saveFile(`mlops-exam-prep-${dayOf(Date.now())}.json`, JSON.stringify(file), JSON_FILTER);
    message.value = res.saved ? `Progress exported${res.path ? ` to ${res.path}` : ''}.` : null;
  }

  /** Opens a file and validates all of it; nothing is written until the person confirms. */
  async function chooseImport(): Promise<void> {
    problems.value = [];
    pending.value = null;
    message.value = null;
    let opened;
    try {
      opened = await platform.openFile(JSON_FILTER);
    } catch (e) {
      problems.value = [e instanceof Error ? e.message : String(e)];
      return;
    }
    if (!opened) return;
    const r = await parseExportFile(opened.content);
    if (!r.ok) {
      problems.value = r.problems;
      return;
    }
    const counts = Object.fromEntries(Object.entries(r.file.tables).map(([k, v]) => [k, v.length]));
    pending.value = { name: opened.name, file: r.file, counts };
  }

  /** Writes the pending import in one transaction, after an automatic backup where the host has backups. */
  async function confirmImport(mode: 'replace' | 'merge'): Promise<void> {
    const p = pending.value;
    if (!p) return;
    if (platform.backups) await backup('before-restore');
    await importAll(db, p.file, mode);
    pending.value = null;
    message.value = `Imported ${p.name} (${mode === 'replace' ? 'replaced your progress' : 'merged with your progress'}). Reloading…`;
    setTimeout(() => location.reload(), 600);
  }

  function cancelImport(): void {
    pending.value = null;
    problems.value = [];
  }

  /** Writes a snapshot of all progress to the backups folder (desktop only); never throws. */
  async function backup(reason: 'attempt' | 'review' | 'quit' | 'manual' | 'before-restore'): Promise<void> {
    if (!platform.backups) return;
    try {
      await platform.backups.write(JSON.stringify(await exportAll(db, Date.now())), reason);
      backups.value = await platform.backups.list();
    } catch (e) {
      message.value = `Automatic backup failed: ${e instanceof Error ? e.message : String(e)}`;
    }
  }

  async function loadBackups(): Promise<void> {
    backups.value = platform.backups ? await platform.backups.list() : [];
  }

  /** Restores a backup: validates it like an import, then replaces progress (after backing up the current state). */
  async function restoreBackup(name: string): Promise<void> {
    if (!platform.backups) return;
    const r = await parseExportFile(await platform.backups.read(name));
    if (!r.ok) {
      problems.value = [`Backup ${name} cannot be restored:`, ...r.problems];
      return;
    }
    pending.value = { name, file: r.file, counts: {} };
    await confirmImport('replace');
  }

  /** Asks the browser to keep IndexedDB data under storage pressure; shows the answer in Settings. */
  async function requestPersistence(): Promise<void> {
    if (platform.host !== 'web' || !navigator.storage?.persist) return;
    persisted.value = (await navigator.storage.persisted()) || (await navigator.storage.persist());
  }

  async function loadReports(): Promise<void> {
    reports.value = await listReports(db);
  }

  async function exportReports(): Promise<void> {
    await platform.saveFile(
      `question-reports-${dayOf(Date.now())}.json`,
      JSON.stringify(reports.value, null, 2),
      JSON_FILTER,
    );
  }

  return {
    pending,
    problems,
    message,
    backups,
    reports,
    persisted,
    exportProgress,
    chooseImport,
    confirmImport,
    cancelImport,
    backup,
    loadBackups,
    restoreBackup,
    requestPersistence,
    loadReports,
    exportReports,
  };
});
