/** What a CQL search sees of one page: its own fields plus the tree and labels around it. */
export interface CqlContent {
  id: number;
  type: 'page';
  spaceId: number;
  spaceKey: string;
  title: string;
  /** The body as plain text (tags stripped), for `text ~`. */
  text: string;
  labels: string[];
  parentId: number | null;
  /** Every page above this one, nearest first. */
  ancestors: number[];
  creator: string;
  createdMs: number;
  modifiedMs: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Storage XHTML to searchable text: tags become spaces, the common entities their characters. */
export function plainText(storage: string): string {
  return storage
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(parseInt(e.slice(2), 16));
      if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/\s+/g, ' ')
    .trim();
}
