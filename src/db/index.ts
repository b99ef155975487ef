/** The app's one database connection. */
import { ExamDatabase } from './database';

export const db = new ExamDatabase();
export type { ExamDatabase } from './database';
