// Reads a PDF the way a test needs it: the text of every page and, if asked, the QR codes on the
// first pages (rendered with pdf.js, decoded with jsQR). Runs as its own Node process because
// pdf.js ships only as ES modules, which the CommonJS test runner cannot load.
import fs from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
import jsQR from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const [file, qrPagesArg = '0'] = process.argv.slice(2);
const qrPages = Number(qrPagesArg);
const data = new Uint8Array(fs.readFileSync(file));
const pdf = await getDocument({ data, useSystemFonts: false, verbosity: 0 }).promise;
const pages = [];
const qr = [];
for (let n = 1; n <= pdf.numPages; n += 1) {
  const page = await pdf.getPage(n);
  const content = await page.getTextContent();
  pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  if (n <= qrPages) {
    const viewport = page.getViewport({ scale: 2.5 });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas, canvasContext: context, viewport }).promise;
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    qr.push(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null);
  }
  page.cleanup();
}
process.stdout.write(JSON.stringify({ pages, qr }));
