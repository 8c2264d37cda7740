// A small synchronous multipart/form-data reader for bodies already in memory (the SDK /ingest endpoint
// buffers its body under a size limit first). Returns the parts by form field name.
import { invalidArgument } from '../util/errors.ts';

export interface FormPart {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

/** Extracts the boundary parameter of a multipart/form-data content type. */
export function multipartBoundary(contentType: string): string {
  const m = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = m?.[1] ?? m?.[2];
  if (!boundary) throw invalidArgument(`multipart/form-data without a boundary parameter: ${JSON.stringify(contentType)}`);
  return boundary;
}

export function parseMultipart(body: Buffer, boundary: string): Map<string, FormPart> {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts = new Map<string, FormPart>();
  let pos = body.indexOf(delimiter);
  if (pos < 0) throw invalidArgument('malformed multipart body: boundary not found');
  for (;;) {
    pos += delimiter.length;
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) break; // closing delimiter "--boundary--"
    if (body[pos] === 0x0d && body[pos + 1] === 0x0a) pos += 2;
    else throw invalidArgument('malformed multipart body: expected CRLF after the boundary');
    const headerEnd = body.indexOf('\r\n\r\n', pos);
    if (headerEnd < 0) throw invalidArgument('malformed multipart body: part headers never end');
    const headers = body.subarray(pos, headerEnd).toString('latin1').split('\r\n');
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd + 4);
    if (next < 0) throw invalidArgument('malformed multipart body: missing closing boundary (truncated upload?)');
    const part: FormPart = { name: '', data: body.subarray(headerEnd + 4, next) };
    for (const h of headers) {
      const colon = h.indexOf(':');
      if (colon < 0) continue;
      const key = h.slice(0, colon).trim().toLowerCase();
      const value = h.slice(colon + 1).trim();
      if (key === 'content-disposition') {
        part.name = /\bname="([^"]*)"/i.exec(value)?.[1] ?? /\bname=([^;\s]+)/i.exec(value)?.[1] ?? '';
        const filename = /\bfilename="([^"]*)"/i.exec(value)?.[1];
        if (filename !== undefined) part.filename = filename;
      } else if (key === 'content-type') part.contentType = value;
    }
    if (part.name) parts.set(part.name, part);
    pos = next + 2;
  }
  return parts;
}
