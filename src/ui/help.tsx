// The help panel: how a season goes, in four lines, and the keyboard shortcuts. A Preact
// component, rendered by the help dialog (dialogs.tsx).
import { Fragment } from 'preact';
import type { Key } from '../i18n';
import { useUi } from './ui-context';

const KEYS: [string, Key][] = [
  ['Space', 'help.keySpace'],
  ['1 · 2 · 4', 'help.keySpeed'],
  ['Esc', 'help.keyEsc'],
  ['N', 'help.keyNext'],
  ['H', 'help.keyHelp'],
  ['Tab', 'help.keyTab'],
];

export function Help() {
  const { t } = useUi();
  return (
    <div class="help">
      <p>{t('help.intro')}</p>
      <ol class="help-phases">
        <li>{t('help.plan')}</li>
        <li>
          {t('help.fair')}
          <br />
          {t('help.tells')}
        </li>
        <li>{t('help.after')}</li>
        <li>{t('help.review')}</li>
      </ol>
      <h3>{t('help.keysTitle')}</h3>
      <dl class="keys">
        {KEYS.map(([k, what]) => (
          <Fragment key={k}>
            <dt>
              <kbd>{k}</kbd>
            </dt>
            <dd>{t(what)}</dd>
          </Fragment>
        ))}
      </dl>
    </div>
  );
}
