// The EN | NL switch at the top of the title screen, where a Dutch speaker looks first: two
// pressed-state buttons, each labelled in its own language. Settings has the same choice.
import type { Lang } from '../store/settings';
import type { Ui } from './context';
import { h } from './dom';

const LANGS: { lang: Lang; short: string; name: string }[] = [
  { lang: 'en', short: 'EN', name: 'English' },
  { lang: 'nl', short: 'NL', name: 'Nederlands' },
];

export function langSwitch(ui: Ui): HTMLElement {
  const { t, store, lang } = ui;
  return h(
    'div',
    { class: 'lang-switch', role: 'group', 'aria-label': t('title.language') },
    LANGS.map((l) =>
      h(
        'button',
        {
          class: l.lang === lang ? 'btn btn-small is-on' : 'btn btn-small',
          type: 'button',
          lang: l.lang,
          'aria-pressed': l.lang === lang ? 'true' : 'false',
          'aria-label': l.name,
          title: l.name,
          'data-lang': l.lang,
          onClick: () => store.getState().setSetting('lang', l.lang),
        },
        l.short,
      ),
    ),
  );
}
