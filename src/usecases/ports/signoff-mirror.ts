import type { SignOffMirror } from '../../domain/model';

/** The gated issue's `campaignSignoff` property (as the app): `invalid` when it is not a mirror, null when absent. */
export interface SignOffMirrorPort {
  read(issueKey: string): Promise<SignOffMirror | 'invalid' | null>;
  write(issueKey: string, mirror: SignOffMirror): Promise<void>;
}
