// A QR code as an SVG element built with DOM calls (no markup, no inline style), with a
// quiet zone of four modules; used by the game's debrief and the trainer's page.
import qrcode from 'qrcode-generator';

const NS = 'http://www.w3.org/2000/svg';
const QUIET = 4;

/** The modules of the text's QR code (error correction L keeps long codes readable). */
export function qrModules(text: string): boolean[][] {
  const qr = qrcode(0, 'L');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
}

/** The text's QR code, black on white, scalable (size it with CSS). */
export function qrSvg(text: string, doc: Document): SVGSVGElement {
  const modules = qrModules(text);
  const size = modules.length + QUIET * 2;
  const svg = doc.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.setAttribute('role', 'img');
  const bg = doc.createElementNS(NS, 'rect');
  for (const [k, v] of [
    ['width', size],
    ['height', size],
    ['fill', '#fff'],
  ] as const)
    bg.setAttribute(k, String(v));
  svg.appendChild(bg);
  let d = '';
  modules.forEach((row, r) => {
    row.forEach((dark, c) => {
      if (dark) d += `M${c + QUIET} ${r + QUIET}h1v1h-1z`;
    });
  });
  const path = doc.createElementNS(NS, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.appendChild(path);
  return svg;
}
