// The import pages: a chunk of their own, loaded the first time one is opened (views.ts), since a plan is brought in
// once and the mapping screen is the largest page of the administration.

export { showImportDiscard } from './discard';
export { showImportReview } from './review';
export { showSourceFiles } from './source-files';
export { showImportStart } from './start';
import './import.css';
