/** Forge KVS tables. */
export const kvsSchema = '';
