/** Custom question packs: choose a file, read the report, import the valid items, remove a pack. */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { PackReport } from '../core/packs/parse';
import type { StoredPack } from '../core/packs/format';
import { packQuestionId } from '../core/packs/ids';
import { db } from '../db';
import { removeQuestionHistory } from '../db/data-repo';
import { deletePack, listPacks, savePack } from '../db/packs-repo';
import { usePlatform } from '../platform/provide';
import { useBankStore } from './bank';
import { useReviewStore } from './review';

const PACK_FILTER = [{ name: 'Question pack', extensions: ['yaml', 'yml', 'json', 'csv'] }];

export const usePacksStore = defineStore('packs', () => {
  const platform = usePlatform();
  const bank = useBankStore();
  const installed = computed(() => bank.packs);
  /** Packs that could not be loaded (a damaged file), with the reason. */
  const loadProblems = ref<string[]>([]);
  const report = shallowRef<PackReport | null>(null);
  const message = ref<string | null>(null);
  const error = ref<string | null>(null);
  const busy = ref(false);
  /** The installed pack the pending import would replace, if any. */
  const replaces = computed(() =>
    report.value?.pack ? installed.value.find((p) => p.id === report.value!.pack!.id) : undefined,
  );

  const storage = {
    list: () => (platform.packs ? platform.packs.list() : listPacks(db)),
    save: (p: StoredPack) => (platform.packs ? platform.packs.save(p) : savePack(db, p)),
    remove: (id: string) => (platform.packs ? platform.packs.remove(id) : deletePack(db, id)),
  };

  async function load(): Promise<void> {
    try {
      const r = await storage.list();
      loadProblems.value = r.problems;
      bank.setPacks(r.packs);
    } catch (e) {
      loadProblems.value = [`Your question packs could not be loaded: ${e instanceof Error ? e.message : String(e)}`];
      bank.setPacks([]);
    }
  }

  /** Reads a pack's text and checks every item; nothing is stored until `confirmImport`. */
  async function preview(fileName: string, text: string): Promise<PackReport> {
    // The YAML reader and the schema load only when someone imports a pack.
    const { parsePack } = await import('../core/packs/parse');
    const r = parsePack({
      fileName,
      text,
      builtInDomains: bank.domains,
      builtInQuestions: bank.questions,
      now: Date.now(),
    });
    report.value = r;
    return r;
  }

  async function chooseFile(): Promise<void> {
    message.value = null;
    error.value = null;
    report.value = null;
    try {
      const file = await platform.openFile(PACK_FILTER);
      if (file) await preview(file.name, file.content);
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
    }
  }

  /** Stores the valid items of the previewed pack in one write; a failure stores nothing. */
  async function confirmImport(): Promise<void> {
    const pack = report.value?.pack;
    if (!pack || busy.value) return;
    busy.value = true;
    error.value = null;
    try {
      const replaced = replaces.value;
      await storage.save(pack);
      await load();
      report.value = null;
      message.value = `${replaced ? 'Updated' : 'Imported'} "${pack.name}": ${pack.questions.length} question(s).`;
    } catch (e) {
      error.value = `The pack was not imported: ${e instanceof Error ? e.message : String(e)}`;
    } finally {
      busy.value = false;
    }
  }

  function cancelImport(): void {
    report.value = null;
  }

  /**
   * Removes a pack. With `history: 'remove'`, every answer, review card, note, bookmark and report
   * on its questions is deleted too; with 'keep', that history stays and the questions show as retired.
   */
  async function remove(pack: StoredPack, history: 'keep' | 'remove'): Promise<void> {
    busy.value = true;
    error.value = null;
    try {
      if (history === 'remove') {
        await removeQuestionHistory(db, new Set(pack.questions.map((q) => packQuestionId(pack.id, q.id))));
        // The review counts and queue shown elsewhere were read before the cards went.
        await useReviewStore().refresh();
      }
      await storage.remove(pack.id);
      await load();
      message.value = `Removed "${pack.name}"${history === 'remove' ? ' and your history with it' : '; your history with it is kept'}.`;
    } catch (e) {
      error.value = `The pack was not removed: ${e instanceof Error ? e.message : String(e)}`;
    } finally {
      busy.value = false;
    }
  }

  async function downloadTemplate(kind: 'yaml' | 'csv'): Promise<void> {
    const t = await import('../core/packs/template');
    const content = kind === 'yaml' ? t.yamlTemplate() : t.csvTemplate();
    await platform.saveFile(`question-pack-template.${kind}`, content, [
      { name: kind === 'yaml' ? 'YAML pack' : 'CSV pack', extensions: [kind] },
    ]);
  }

  return {
    installed,
    loadProblems,
    report,
    replaces,
    message,
    error,
    busy,
    load,
    preview,
    chooseFile,
    confirmImport,
    cancelImport,
    remove,
    downloadTemplate,
  };
});
