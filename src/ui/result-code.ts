// The debrief's result code section: the finished game as a code to hand to the trainer,
// selectable, with a Copy button and a QR code (made asynchronously; deflate is a stream).
// An optional name goes before the code on its line ("Jan: LB1-…"), where the board reads it.

import { namedCode } from '../codes/find';
import { qrSvg } from '../codes/qr';
import { encodeResultCode } from '../codes/result-code';
import type { Game } from '../sim';
import { toReplay } from '../view';
import type { Ui } from './context';
import { fill, h } from './dom';

export function resultCodeSection(ui: Ui, game: Game): HTMLElement {
  const { t } = ui;
  const codeBox = h('p', { class: 'result-code', 'data-result-code': '' }, t('code.making'));
  const qrBox = h('div', { class: 'result-qr', role: 'img', 'aria-label': t('code.qr') });
  const status = h('span', { class: 'hint', role: 'status' });
  const copy = h('button', { class: 'btn', type: 'button', disabled: true }, t('code.copy'));
  const name = h('input', {
    id: 'code-name',
    class: 'text-input',
    type: 'text',
    maxlength: 24,
    autocomplete: 'nickname',
    value: ui.store.getState().room?.me.nickname ?? '',
    'data-code-name': '',
  }) as HTMLInputElement;
  let code = '';
  let line = '';
  const show = () => {
    if (!code) return;
    line = namedCode(code, name.value);
    fill(codeBox, line);
    codeBox.dataset.resultCode = line;
    fill(qrBox, qrSvg(line, document));
  };
  name.addEventListener('change', show);
  name.addEventListener('input', show);
  copy.addEventListener('click', () => {
    navigator.clipboard
      ?.writeText(line)
      .then(() => fill(status, t('code.copied')))
      .catch(() => fill(status, t('code.copyFailed')));
  });
  encodeResultCode(toReplay(game))
    .then((c) => {
      code = c;
      copy.disabled = false;
      show();
    })
    .catch(() => fill(codeBox, t('code.copyFailed')));
  return h(
    'section',
    { class: 'review-block result-code-block', 'aria-labelledby': 'db-code' },
    h('h2', { id: 'db-code' }, t('code.title')),
    h('p', null, t('code.explain')),
    h(
      'div',
      { class: 'result-code-row' },
      qrBox,
      h(
        'div',
        { class: 'result-code-text' },
        h(
          'div',
          { class: 'join-field' },
          h('label', { class: 'input-label', for: 'code-name' }, t('code.name')),
          name,
        ),
        codeBox,
        h('div', { class: 'row' }, copy, status),
      ),
    ),
  );
}
