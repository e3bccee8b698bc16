import jsQR from 'jsqr';
import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Render scale: about 5 pixels per module of a 30 mm QR code, plenty for jsQR. */
const SCALE = 2;

/** Text and images are left out of the rendering: the code is drawn as vector squares. */
const SKIPPED = new Set<number>([
  OPS.showText,
  OPS.showSpacedText,
  OPS.nextLineShowText,
  OPS.nextLineSetSpacingShowText,
  OPS.paintImageXObject,
]);
const drawn = (index: number, list: { fnArray: number[] }) => !SKIPPED.has(list.fnArray[index]!);

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Renders every page of a letters PDF (pdf.js on the canvas it ships for Node) and decodes the
 * QR code on it with jsQR, as a phone would read the printed letter. Returns the decoded text
 * per page, null where no code could be read. Once the first code is found, later pages render
 * only the area around it (with a wide margin), and fall back to the whole page if it moved.
 */
export async function decodeLetterQrs(bytes: Uint8Array): Promise<Array<string | null>> {
  const loading = getDocument({ data: bytes });
  const pdf = await loading.promise;
  const decoded: Array<string | null> = [];
  let area: Box | null = null;
  try {
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const viewport = page.getViewport({ scale: SCALE });
      const render = async (box: Box) => {
        const { canvas, context } = (
          pdf as unknown as { canvasFactory: CanvasFactory }
        ).canvasFactory.create(box.width, box.height);
        await page.render({
          canvasContext: context,
          canvas,
          viewport,
          transform: [1, 0, 0, 1, -box.x, -box.y],
          background: 'white',
          operationsFilter: drawn,
        }).promise;
        const image = context.getImageData(0, 0, box.width, box.height);
        return jsQR(image.data, box.width, box.height);
      };
      const whole = {
        x: 0,
        y: 0,
        width: Math.ceil(viewport.width),
        height: Math.ceil(viewport.height),
      };
      let found = area ? await render(area) : null;
      if (!found) {
        found = await render(whole);
        if (found) area = around(found.location, whole);
      }
      decoded.push(found?.data ?? null);
      page.cleanup();
    }
  } finally {
    await loading.destroy();
  }
  return decoded;
}

/** The code's bounding box with its own size again as margin on every side, within the page. */
function around(
  location: {
    topLeftCorner: Point;
    bottomRightCorner: Point;
    topRightCorner: Point;
    bottomLeftCorner: Point;
  },
  page: Box,
): Box {
  const corners = [
    location.topLeftCorner,
    location.topRightCorner,
    location.bottomLeftCorner,
    location.bottomRightCorner,
  ];
  const left = Math.min(...corners.map((c) => c.x));
  const right = Math.max(...corners.map((c) => c.x));
  const top = Math.min(...corners.map((c) => c.y));
  const bottom = Math.max(...corners.map((c) => c.y));
  const size = Math.max(right - left, bottom - top);
  const x = Math.max(0, Math.floor(left - size));
  const y = Math.max(0, Math.floor(top - size));
  return {
    x,
    y,
    width: Math.min(page.width - x, Math.ceil(right - left + 2 * size)),
    height: Math.min(page.height - y, Math.ceil(bottom - top + 2 * size)),
  };
}

/** The canvas pdf.js makes for itself in Node (on @napi-rs/canvas). */
interface CanvasFactory {
  create(
    width: number,
    height: number,
  ): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D };
}

interface Point {
  x: number;
  y: number;
}
