/** One file part of a multipart/form-data body. */
export interface FilePart {
  field: string;
  filename: string;
  mimeType: string;
  /** Bytes of the part as received (exact for text; the host hands routes the body as UTF-8 text). */
  size: number;
}

export type MultipartResult = { ok: true; files: FilePart[] } | { ok: false; problem: string };

function boundaryOf(contentType: string): string | undefined {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return m?.[1] ?? m?.[2];
}

function headerParam(header: string, name: string): string | undefined {
  // `(?:^|[;\\s])` keeps `name` from matching inside `filename`.
  const m = new RegExp(`(?:^|[;\\s])${name}="([^"]*)"`, 'i').exec(header) ?? new RegExp(`(?:^|[;\\s])${name}=([^;\\s]+)`, 'i').exec(header);
  return m?.[1];
}

/** Reads the file parts of a multipart/form-data body (what `POST .../attachments` receives). */
export function parseMultipartFiles(contentType: string | undefined, body: string): MultipartResult {
  if (!contentType?.toLowerCase().startsWith('multipart/form-data'))
    return { ok: false, problem: 'The request must be multipart/form-data.' };
  const boundary = boundaryOf(contentType);
  if (!boundary) return { ok: false, problem: 'The multipart/form-data Content-Type has no boundary.' };
  const files: FilePart[] = [];
  const sections = body.split(`--${boundary}`);
  // The first section is the preamble, the last one starts with "--" (the closing delimiter).
  for (const section of sections.slice(1)) {
    if (section.startsWith('--')) break;
    const part = section.replace(/^\r\n/, '');
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) return { ok: false, problem: 'A multipart part has no header/body separator.' };
    const headers = part.slice(0, split);
    const content = part.slice(split + 4).replace(/\r\n$/, '');
    const disposition = headers.split('\r\n').find((h) => h.toLowerCase().startsWith('content-disposition:')) ?? '';
    const filename = headerParam(disposition, 'filename');
    if (filename === undefined) continue;
    const type = headers.split('\r\n').find((h) => h.toLowerCase().startsWith('content-type:'));
    files.push({
      field: headerParam(disposition, 'name') ?? '',
      filename,
      mimeType: type ? type.slice(type.indexOf(':') + 1).trim() : 'application/octet-stream',
      size: Buffer.byteLength(content, 'utf8'),
    });
  }
  return { ok: true, files };
}
