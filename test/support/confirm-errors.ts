import { ERROR_CODES } from '../../src/domain/plan/warning';

/**
 * The second confirmation `createCampaign` needs for a plan with errors, naming every error code: for fixtures that
 * create campaigns in the past or with hand-written people on purpose (the guards have their own tests).
 */
export const CONFIRM_ERRORS = { acceptErrors: true, acceptedErrorCodes: [...ERROR_CODES] };
