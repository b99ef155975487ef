/**
 * The progress export file's identity. Kept apart from its schema (export-file.ts, built on zod) so
 * that writing an export or a backup does not load the validator: only importing a file needs it.
 */
export const EXPORT_FORMAT = 'mlops-exam-prep-export';
export const EXPORT_VERSION = 1;
