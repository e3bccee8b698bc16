import { ATTACHMENT_TYPES, type AttachmentType } from '@pnetz/shared';

/**
 * Decides what a file is from its bytes (magic numbers), never from its name or the sender's
 * Content-Type: an executable renamed to .png is not a PNG. Only the types the platform accepts
 * are recognised; everything else is null.
 */
const startsWith = (bytes: Buffer, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length &&
  signature.every((byte, index) => bytes[offset + index] === byte);

const ascii = (text: string) => [...Buffer.from(text, 'latin1')];

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const GIF87 = ascii('GIF87a');
const GIF89 = ascii('GIF89a');
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const PDF = ascii('%PDF-');
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** An Office Open XML file is a ZIP whose directory names its main part. */
function officeType(bytes: Buffer): 'docx' | 'xlsx' | null {
  if (!startsWith(bytes, ZIP) || !bytes.includes('[Content_Types].xml')) return null;
  if (bytes.includes('word/document.xml')) return 'docx';
  if (bytes.includes('xl/workbook.xml')) return 'xlsx';
  return null;
}

/**
 * Plain text: valid UTF-8 without NUL or other control characters except tab and line breaks.
 * Markup (HTML, SVG) is refused: browsers may run it, and a text file has no need for it.
 */
function isPlainText(bytes: Buffer): boolean {
  if (bytes.length === 0) return false;
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let decoded: string;
  try {
    decoded = text.decode(bytes);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(decoded)) return false;
  return !/^\s*<(?:!doctype|html|svg|\?xml|script)/i.test(decoded);
}

export function detectFileType(bytes: Buffer): AttachmentType | null {
  if (startsWith(bytes, PNG)) return 'png';
  if (startsWith(bytes, JPEG)) return 'jpeg';
  if (startsWith(bytes, GIF87) || startsWith(bytes, GIF89)) return 'gif';
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return 'webp';
  if (startsWith(bytes, PDF)) return 'pdf';
  const office = officeType(bytes);
  if (office) return office;
  if (startsWith(bytes, ZIP)) return null;
  return isPlainText(bytes) ? 'txt' : null;
}

/** File name endings that go with each type; a name saying otherwise is refused. */
const EXTENSIONS: Record<AttachmentType, readonly string[]> = {
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
  gif: ['gif'],
  webp: ['webp'],
  pdf: ['pdf'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  txt: ['txt', 'csv', 'md'],
};

export function extensionMatches(filename: string, type: AttachmentType): boolean {
  const extension = filename.toLowerCase().split('.').pop() ?? '';
  return filename.includes('.') && EXTENSIONS[type].includes(extension);
}

export const mimeOf = (type: AttachmentType): string => ATTACHMENT_TYPES[type];

/** A file name safe for storage and Content-Disposition: no paths, no control characters. */
export function safeFilename(name: string, fallback = 'Datei'): string {
  const cleaned = name
    .replace(/[\\/]/g, '_')
    .replace(/[^\p{L}\p{N}._ ()-]+/gu, '')
    .trim()
    .slice(-180);
  return cleaned.replace(/^\.+/, '') || fallback;
}
