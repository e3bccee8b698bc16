import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The text of each page of a PDF as a reader sees it, extracted by poppler's `pdftotext`
 * (Debian's poppler-utils, installed with the test prerequisites).
 */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pnetz-pdf-'));
  try {
    const file = path.join(dir, 'document.pdf');
    await fs.writeFile(file, pdf);
    const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
      maxBuffer: 256 * 1024 * 1024,
    });
    // pdftotext ends every page with a form feed.
    return stdout.split('\f').slice(0, -1);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
