/** Health reasons are worded by the wording module, the same sentences the status report prints. */
export { wordReason } from '../../../src/wording/catalog/health';
