import { detectFileType, extensionMatches, safeFilename } from './file-type';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(
    parts.map((part) =>
      typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part),
    ),
  );

describe('detectFileType decides from the bytes', () => {
  it.each([
    ['png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'rest')],
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF')],
    ['gif', bytes('GIF89a', [1, 0, 1, 0])],
    ['gif', bytes('GIF87a', [1, 0, 1, 0])],
    ['webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')],
    ['pdf', bytes('%PDF-1.7\n')],
    ['docx', bytes([0x50, 0x4b, 0x03, 0x04], '[Content_Types].xml', 'word/document.xml')],
    ['xlsx', bytes([0x50, 0x4b, 0x03, 0x04], '[Content_Types].xml', 'xl/workbook.xml')],
    ['txt', Buffer.from('Protokoll der Sitzung\nÄußerst wichtig: 3 < 5\r\n', 'utf8')],
  ])('%s', (type, content) => {
    expect(detectFileType(content)).toBe(type);
  });

  it.each([
    ['an executable', bytes('MZ', [0x90, 0, 3, 0])],
    ['an ELF binary', bytes([0x7f], 'ELF', [2, 1, 1])],
    ['a plain ZIP', bytes([0x50, 0x4b, 0x03, 0x04], 'data.bin')],
    ['a RIFF that is no WebP', bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt ')],
    ['SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['HTML', Buffer.from('  <!doctype html><p>x</p>')],
    ['XML', Buffer.from('<?xml version="1.0"?><a/>')],
    ['text with NUL bytes', Buffer.from('abc\u0000def')],
    ['invalid UTF-8', Buffer.from([0x48, 0xc3, 0x28])],
    ['nothing', Buffer.alloc(0)],
  ])('refuses %s', (_name, content) => {
    expect(detectFileType(content)).toBeNull();
  });
});

describe('file names', () => {
  it('must end as the content is', () => {
    expect(extensionMatches('Foto.JPG', 'jpeg')).toBe(true);
    expect(extensionMatches('foto.jpeg', 'jpeg')).toBe(true);
    expect(extensionMatches('liste.csv', 'txt')).toBe(true);
    expect(extensionMatches('foto.png', 'pdf')).toBe(false);
    expect(extensionMatches('png', 'png')).toBe(false);
  });

  it('lose paths and odd characters', () => {
    expect(safeFilename('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(safeFilename('Wandbild "Bahnhof" <1>.png')).toBe('Wandbild Bahnhof 1.png');
    expect(safeFilename('...')).toBe('Datei');
  });
});
