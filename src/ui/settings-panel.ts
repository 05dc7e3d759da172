// The settings panel (title screen and pause menu): language, sound and volume, game speed,
// reduced motion and text size. Every change goes straight to store.setSetting and is kept.
import type { Settings, Speed, TextSize } from '../store/settings';
import type { Part, Ui } from './context';
import { fill, h } from './dom';

function radioGroup<V extends string | number>(
  name: string,
  legend: string,
  options: { value: V; label: string }[],
  current: V,
  onPick: (v: V) => void,
): HTMLElement {
  return h(
    'fieldset',
    { class: 'field segmented' },
    h('legend', null, legend),
    h(
      'div',
      { class: 'segmented-options' },
      options.map((o) => {
        const id = `set-${name}-${o.value}`;
        return h(
          'label',
          { class: 'segment', for: id },
          h('input', {
            type: 'radio',
            id,
            name: `set-${name}`,
            value: String(o.value),
            checked: o.value === current,
            onChange: () => onPick(o.value),
          }),
          h('span', null, o.label),
        );
      }),
    ),
  );
}

export function createSettingsPanel(ui: Ui): Part {
  const { t, store } = ui;
  const el = h('div', { class: 'settings' });
  let shown: Settings | null = null;

  const set = <K extends keyof Settings>(k: K, v: Settings[K]) => store.getState().setSetting(k, v);

  const render = (s: Settings) => {
    shown = s;
    const focused = document.activeElement?.id ?? '';
    fill(
      el,
      radioGroup(
        'lang',
        t('settings.language'),
        [
          { value: 'en', label: 'English' },
          { value: 'nl', label: 'Nederlands' },
        ],
        s.lang,
        (v) => set('lang', v as Settings['lang']),
      ),
      h(
        'fieldset',
        { class: 'field' },
        h('legend', null, t('settings.sound')),
        h(
          'label',
          { class: 'check', for: 'set-sound' },
          h('input', {
            type: 'checkbox',
            id: 'set-sound',
            checked: s.sound,
            onChange: (e: Event) => set('sound', (e.target as HTMLInputElement).checked),
          }),
          h('span', null, t('settings.soundOn')),
        ),
        h(
          'label',
          { class: 'range', for: 'set-volume' },
          h('span', null, t('settings.volume')),
          h('input', {
            type: 'range',
            id: 'set-volume',
            min: 0,
            max: 100,
            step: 5,
            value: Math.round(s.volume * 100),
            disabled: !s.sound,
            'aria-valuetext': `${Math.round(s.volume * 100)}%`,
            onChange: (e: Event) => set('volume', Number((e.target as HTMLInputElement).value) / 100),
          }),
        ),
      ),
      radioGroup<Speed>(
        'speed',
        t('settings.speed'),
        ([1, 2, 4] as Speed[]).map((n) => ({ value: n, label: t('settings.speedValue', { n }) })),
        s.speed,
        (v) => set('speed', v),
      ),
      h(
        'fieldset',
        { class: 'field' },
        h('legend', null, t('settings.motion')),
        h(
          'label',
          { class: 'check', for: 'set-motion' },
          h('input', {
            type: 'checkbox',
            id: 'set-motion',
            checked: s.reducedMotion,
            'aria-describedby': 'set-motion-hint',
            onChange: (e: Event) => set('reducedMotion', (e.target as HTMLInputElement).checked),
          }),
          h('span', null, t('settings.reducedMotion')),
        ),
        h('p', { class: 'hint', id: 'set-motion-hint' }, t('settings.reducedMotionHint')),
      ),
      radioGroup<TextSize>(
        'text',
        t('settings.textSize'),
        [
          { value: 'normal', label: t('settings.textNormal') },
          { value: 'large', label: t('settings.textLarge') },
          { value: 'larger', label: t('settings.textLarger') },
        ],
        s.textSize,
        (v) => set('textSize', v),
      ),
    );
    if (focused) document.getElementById(focused)?.focus();
  };
  render(store.getState().settings);
  return {
    el,
    update(st) {
      if (st.settings !== shown) render(st.settings);
    },
  };
}
