/**
 * The stores that read and write IndexedDB, in a chunk of their own. The first screen paints without
 * them (and without Dexie and FSRS, which they bring); `loadStores()` fetches them just after.
 */
export { useDataStore } from './data';
export { usePacksStore } from './packs';
export { useReviewStore } from './review';
export { useStudyStore } from './study';
