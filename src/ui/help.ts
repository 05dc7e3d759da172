// The help panel: how a season goes, in four lines, and the keyboard shortcuts.
import type { Part, Ui } from './context';
import { h } from './dom';

export function createHelp(ui: Ui): Part {
  const { t } = ui;
  const keys: [string, string][] = [
    ['Space', t('help.keySpace')],
    ['1 · 2 · 4', t('help.keySpeed')],
    ['Esc', t('help.keyEsc')],
    ['N', t('help.keyNext')],
    ['H', t('help.keyHelp')],
    ['Tab', t('help.keyTab')],
  ];
  const el = h(
    'div',
    { class: 'help' },
    h('p', null, t('help.intro')),
    h(
      'ol',
      { class: 'help-phases' },
      h('li', null, t('help.plan')),
      h('li', null, t('help.fair'), h('br'), t('help.tells')),
      h('li', null, t('help.after')),
      h('li', null, t('help.review')),
    ),
    h('h3', null, t('help.keysTitle')),
    h(
      'dl',
      { class: 'keys' },
      keys.map(([k, what]) => [h('dt', null, h('kbd', null, k)), h('dd', null, what)]),
    ),
  );
  return { el };
}
