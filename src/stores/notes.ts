/** Per-question bookmark, personal note and problem reports. */
import { defineStore } from 'pinia';
import { db } from '../db';
import { addReport, getNote, isBookmarked, saveNote, setBookmark } from '../db/data-repo';
import type { ReportRecord } from '../db/database';

export const useNotesStore = defineStore('notes', () => {
  async function load(questionId: string): Promise<{ note: string; bookmarked: boolean }> {
    const [note, bookmarked] = await Promise.all([getNote(db, questionId), isBookmarked(db, questionId)]);
    return { note, bookmarked };
  }

  const note = (questionId: string, text: string) => saveNote(db, questionId, text, Date.now());
  const bookmark = (questionId: string, on: boolean) => setBookmark(db, questionId, on, Date.now());
  const report = (r: Omit<ReportRecord, 'id' | 'createdAt'>) => addReport(db, { ...r, createdAt: Date.now() });

  return { load, note, bookmark, report };
});
