// The settings panel (title screen and pause menu): language, sound and volume, game speed,
// reduced motion and text size. Every change goes straight to store.setSetting and is kept.
// A Preact component, rendered by the settings dialog (dialogs.tsx).
import type { Settings, Speed, TextSize } from '../store/settings';
import { Check } from './check';
import { useUi } from './ui-context';

export function SettingsPanel({ settings: s }: { settings: Settings }) {
  const { t, store } = useUi();
  const set = <K extends keyof Settings>(k: K, v: Settings[K]) => store.getState().setSetting(k, v);
  return (
    <div class="settings">
      <RadioGroup
        name="lang"
        legend={t('settings.language')}
        options={[
          { value: 'en', label: 'English' },
          { value: 'nl', label: 'Nederlands' },
        ]}
        current={s.lang}
        onPick={(v) => set('lang', v)}
      />
      <SoundField settings={s} />
      <RadioGroup<Speed>
        name="speed"
        legend={t('settings.speed')}
        options={([1, 2, 4] as Speed[]).map((n) => ({ value: n, label: t('settings.speedValue', { n }) }))}
        current={s.speed}
        onPick={(v) => set('speed', v)}
      />
      <MotionField reduced={s.reducedMotion} />
      <RadioGroup<TextSize>
        name="text"
        legend={t('settings.textSize')}
        options={[
          { value: 'normal', label: t('settings.textNormal') },
          { value: 'large', label: t('settings.textLarge') },
          { value: 'larger', label: t('settings.textLarger') },
        ]}
        current={s.textSize}
        onPick={(v) => set('textSize', v)}
      />
    </div>
  );
}

interface RadioGroupProps<V extends string | number> {
  name: string;
  legend: string;
  options: { value: V; label: string }[];
  current: V;
  onPick(v: V): void;
}

/** A segmented choice: one radio button per option, the current one checked. */
function RadioGroup<V extends string | number>({
  name,
  legend,
  options,
  current,
  onPick,
}: RadioGroupProps<V>) {
  return (
    <fieldset class="field segmented">
      <legend>{legend}</legend>
      <div class="segmented-options">
        {options.map((o) => {
          const id = `set-${name}-${o.value}`;
          return (
            <label class="segment" for={id} key={id}>
              <input
                type="radio"
                id={id}
                name={`set-${name}`}
                value={String(o.value)}
                checked={o.value === current}
                onChange={() => onPick(o.value)}
              />
              <span>{o.label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/** Sound on or off, and its volume (which waits while the sound is off). */
function SoundField({ settings: s }: { settings: Settings }) {
  const { t, store } = useUi();
  const percent = Math.round(s.volume * 100);
  return (
    <fieldset class="field">
      <legend>{t('settings.sound')}</legend>
      <Check
        id="set-sound"
        label={t('settings.soundOn')}
        checked={s.sound}
        onChange={(on) => store.getState().setSetting('sound', on)}
      />
      <label class="range" for="set-volume">
        <span>{t('settings.volume')}</span>
        <input
          type="range"
          id="set-volume"
          min={0}
          max={100}
          step={5}
          value={percent}
          disabled={!s.sound}
          aria-valuetext={`${percent}%`}
          onChange={(e) => store.getState().setSetting('volume', Number(e.currentTarget.value) / 100)}
        />
      </label>
    </fieldset>
  );
}

/** Reduced motion, with what it changes. */
function MotionField({ reduced }: { reduced: boolean }) {
  const { t, store } = useUi();
  return (
    <fieldset class="field">
      <legend>{t('settings.motion')}</legend>
      <Check
        id="set-motion"
        label={t('settings.reducedMotion')}
        checked={reduced}
        hint="set-motion-hint"
        onChange={(on) => store.getState().setSetting('reducedMotion', on)}
      />
      <p class="hint" id="set-motion-hint">
        {t('settings.reducedMotionHint')}
      </p>
    </fieldset>
  );
}
