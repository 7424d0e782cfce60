// The monthly return's pages: a chunk of their own, loaded the first time one is opened (pages/returns.ts).

export { showReturnUploaded } from './dry-run';
export { showReturnUpload } from './upload';
import '../admin/admin.css';
import './returns.css';
