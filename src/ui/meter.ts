// A labelled meter (role=meter) for the CEO's patience and the team's mood: a short bar whose
// colour turns from calm to worried to alarmed, with the value for screen readers.
import { h, setAttr, setText } from './dom';

export interface Meter {
  el: HTMLElement;
  set(value: number): void;
}

/** The meter's tone for a 0..100 value. */
export function meterTone(value: number): 'good' | 'warn' | 'bad' {
  if (value < 30) return 'bad';
  if (value < 50) return 'warn';
  return 'good';
}

export function createMeter(label: string, valueText: (v: number) => string): Meter {
  const fillEl = h('span', { class: 'meter-fill' });
  const num = h('span', { class: 'meter-num', 'aria-hidden': 'true' });
  const bar = h('span', { class: 'meter-bar' }, fillEl);
  const el = h(
    'div',
    {
      class: 'meter',
      role: 'meter',
      'aria-label': label,
      'aria-valuemin': 0,
      'aria-valuemax': 100,
      'aria-valuenow': 0,
    },
    h('span', { class: 'meter-label', 'aria-hidden': 'true' }, label),
    h('span', { class: 'meter-row' }, bar, num),
  );
  let last = -1;
  return {
    el,
    set(value) {
      const v = Math.round(Math.max(0, Math.min(100, value)));
      if (v === last) return;
      last = v;
      setAttr(el, 'aria-valuenow', String(v));
      setAttr(el, 'aria-valuetext', valueText(v));
      setAttr(el, 'data-tone', meterTone(v));
      fillEl.style.width = `${v}%`;
      setText(num, String(v));
    },
  };
}
