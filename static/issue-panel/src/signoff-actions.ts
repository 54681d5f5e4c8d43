/** The on-demand chunk of the sign-off UI (see signoff-lazy.tsx). */
export { ExportButton } from './ExportButton';
export { GateActions } from './GateActions';
export { GateRecord } from './GateRecord';
