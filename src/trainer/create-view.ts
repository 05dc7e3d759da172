// The trainer's first screen: create a room (level, seed or a fresh one, pacing) or open one
// of the rooms this browser created before. A created room opens at once with its key in
// the page's fragment, which is the trainer's link.

import { isValidSeed } from '../sim';
import type { Lang } from '../store/settings';
import type { KeyValueStorage } from '../store/storage';
import type { T } from '../ui/context';
import { fill, h } from '../ui/dom';
import { shippedLevels } from '../ui/levels';
import { createRoom } from './api';
import { readRecent, remember } from './recent';

export function createView(
  t: T,
  lang: Lang,
  storage: KeyValueStorage,
  open: (code: string, key: string) => void,
): HTMLElement {
  const levels = shippedLevels().filter((e) => e.level);
  const level = h(
    'select',
    { id: 'room-level', class: 'text-input' },
    levels.map((e) => h('option', { value: e.id }, e.level?.name[lang] ?? e.id)),
  ) as HTMLSelectElement;
  const seed = h('input', {
    id: 'room-seed',
    class: 'text-input',
    type: 'text',
    placeholder: t('trainer.create.seedFresh'),
  }) as HTMLInputElement;
  const hold = h('input', { type: 'checkbox', id: 'room-hold', checked: true }) as HTMLInputElement;
  const error = h('p', { class: 'form-error', role: 'alert' });
  const submit = h(
    'button',
    { class: 'btn btn-primary btn-big', type: 'submit' },
    t('trainer.create.submit'),
  ) as HTMLButtonElement;
  const form = h(
    'form',
    {
      class: 'trainer-form',
      novalidate: true,
      onSubmit: async (e: Event) => {
        e.preventDefault();
        const s = seed.value.trim();
        if (s && !isValidSeed(s)) return void fill(error, t('trainer.error.seed'));
        submit.disabled = true;
        const res = await createRoom({
          level: level.value,
          seed: s || undefined,
          pacing: hold.checked ? 'hold' : 'free',
        });
        submit.disabled = false;
        if (!res.ok)
          return void fill(
            error,
            t(res.error === 'offline' ? 'trainer.error.offline' : 'trainer.error.create'),
          );
        remember(storage, {
          code: res.value.room.code,
          key: res.value.trainerKey,
          level: level.value,
          created: Date.now(),
        });
        open(res.value.room.code, res.value.trainerKey);
      },
    },
    h('label', { class: 'input-label', for: 'room-level' }, t('trainer.create.level')),
    level,
    h('label', { class: 'input-label', for: 'room-seed' }, t('trainer.create.seed')),
    h('p', { class: 'hint' }, t('trainer.create.seedHint')),
    seed,
    h('label', { class: 'check' }, hold, t('trainer.create.hold')),
    error,
    submit,
  );
  const recent = readRecent(storage);
  return h(
    'main',
    { class: 'trainer-page' },
    h('h1', null, t('trainer.create.title')),
    h('p', null, t('trainer.create.intro')),
    form,
    recent.length
      ? h(
          'section',
          null,
          h('h2', null, t('trainer.create.recent')),
          h(
            'ul',
            { class: 'trainer-recent' },
            recent.map((r) =>
              h(
                'li',
                null,
                h('button', { class: 'btn', type: 'button', onClick: () => open(r.code, r.key) }, r.code),
                ` ${r.level} · ${new Date(r.created).toLocaleString(lang)}`,
              ),
            ),
          ),
        )
      : null,
  );
}
