// The EN | NL switch at the top of the title screen, where a Dutch speaker looks first: two
// pressed-state buttons, each labelled in its own language. Settings has the same choice.
// A component (LangSwitch) and, for DOM built with h(), the element it renders (langSwitch).
import type { Lang } from '../store/settings';
import type { Ui } from './context';
import { elementRoot } from './element-root';
import { useUi } from './ui-context';

const LANGS: { lang: Lang; short: string; name: string }[] = [
  { lang: 'en', short: 'EN', name: 'English' },
  { lang: 'nl', short: 'NL', name: 'Nederlands' },
];

export function LangSwitch() {
  const { t, store, lang } = useUi();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group by role, as before (a fieldset would change the page)
    <div class="lang-switch" role="group" aria-label={t('title.language')}>
      {LANGS.map((l) => (
        <button
          key={l.lang}
          class={l.lang === lang ? 'btn btn-small is-on' : 'btn btn-small'}
          type="button"
          lang={l.lang}
          aria-pressed={l.lang === lang ? 'true' : 'false'}
          aria-label={l.name}
          title={l.name}
          data-lang={l.lang}
          onClick={() => store.getState().setSetting('lang', l.lang)}
        >
          {l.short}
        </button>
      ))}
    </div>
  );
}

/** The switch as an element, for screens still built with h(). */
export function langSwitch(ui: Ui): HTMLElement {
  return elementRoot(ui, <LangSwitch />).el;
}
