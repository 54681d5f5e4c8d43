/** This app's resolver calls: the kit's typed `invoke` (payload and answer types from src/contracts/registry.ts). */
export { asFailure, invoke, ResolverFailure } from '../../kit/invoke';
