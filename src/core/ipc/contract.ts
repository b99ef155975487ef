/**
 * The typed IPC contract: argument schemas (validated in main) and result types. The renderer's
 * type of the bridge is derived from here, so the two sides cannot drift apart.
 */
import { z } from 'zod';
import type { CompiledBank } from '../bank/schema';
import { packIdSchema, storedPackSchema, type StoredPack } from '../packs/format';
import type { BridgeMethod } from './channels';

const fileName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, 'must be a plain file name');

const backupName = z.string().regex(/^backup-[0-9TZ-]+(-[a-z]+)?\.json$/, 'must be a backup file name');

export const ipcArgs = {
  appInfo: z.tuple([]),
  loadBank: z.tuple([]),
  saveFile: z.tuple([
    z.strictObject({
      suggestedName: fileName,
      content: z.string().max(200 * 1024 * 1024),
      filters: z
        .array(
          z.strictObject({ name: z.string().max(60), extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/)).max(8) }),
        )
        .max(4),
    }),
  ]),
  openFile: z.tuple([
    z.strictObject({
      filters: z
        .array(
          z.strictObject({ name: z.string().max(60), extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/)).max(8) }),
        )
        .max(4),
    }),
  ]),
  setFocusMode: z.tuple([z.boolean()]),
  listBackups: z.tuple([]),
  writeBackup: z.tuple([
    z.strictObject({
      content: z.string().max(200 * 1024 * 1024),
      reason: z.enum(['attempt', 'review', 'quit', 'manual', 'before-restore']),
    }),
  ]),
  readBackup: z.tuple([backupName]),
  printToPdf: z.tuple([z.strictObject({ suggestedName: fileName })]),
  quitReady: z.tuple([]),
  listPacks: z.tuple([]),
  savePack: z.tuple([storedPackSchema]),
  removePack: z.tuple([packIdSchema]),
} satisfies Record<BridgeMethod, z.ZodType<unknown[]>>;

export interface AppInfo {
  name: string;
  version: string;
  host: 'electron' | 'web';
  os: string;
}

export interface BackupEntry {
  name: string;
  size: number;
  createdAt: string;
  reason: string;
}

export interface OpenedFile {
  name: string;
  content: string;
}

export interface IpcResults {
  appInfo: AppInfo;
  loadBank: CompiledBank;
  saveFile: { saved: boolean; path?: string };
  openFile: OpenedFile | null;
  setFocusMode: boolean;
  listBackups: BackupEntry[];
  writeBackup: BackupEntry;
  readBackup: string;
  printToPdf: { saved: boolean; path?: string };
  quitReady: boolean;
  listPacks: { packs: StoredPack[]; problems: string[] };
  savePack: true;
  removePack: true;
}

/** What the preload exposes on window: one named async function per contract entry. */
export type Bridge = {
  [K in BridgeMethod]: (...args: z.input<(typeof ipcArgs)[K]>) => Promise<IpcResults[K]>;
} & {
  /** Registers the one handler main waits for before quitting (a last backup). */
  onBeforeQuit(handler: () => void): void;
};
