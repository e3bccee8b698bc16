import path from 'node:path';
import pdfmake from 'pdfmake';

const FONT_DIR = path.join(
  path.dirname(require.resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);
let configured = false;

/**
 * The one pdfmake set-up every PDF of the product uses: the fonts ship with pdfmake, and the
 * printer may read those files and nothing else from disk or network (a document definition
 * built from user input can name neither a local file nor a URL).
 */
export function configurePdfmake(): typeof pdfmake {
  if (configured) return pdfmake;
  pdfmake.setFonts({
    Roboto: {
      normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
      bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
      italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
      bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
    },
  });
  const policies = pdfmake as unknown as {
    setLocalAccessPolicy?: (allow: (file: string) => boolean) => void;
    setUrlAccessPolicy?: (allow: (url: string) => boolean) => void;
  };
  policies.setLocalAccessPolicy?.((file) => path.resolve(file).startsWith(FONT_DIR));
  policies.setUrlAccessPolicy?.(() => false);
  configured = true;
  return pdfmake;
}
