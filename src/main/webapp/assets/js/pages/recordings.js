// The recordings and snapshots page.
import { startPage } from '../layout.js';
import { showError } from '../dom.js';

startPage().catch(error => showError(error));
