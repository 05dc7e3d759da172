// A labelled meter (role=meter) for the CEO's patience and the team's mood: a short bar whose
// colour turns from calm to worried to alarmed, with the value for screen readers.
import type { MeterReading } from '../view/hud';

interface MeterProps {
  label: string;
  reading: MeterReading;
  /** The value as words for screen readers. */
  valueText(v: number): string;
}

export function Meter({ label, reading: { value, tone }, valueText }: MeterProps) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a bar of spans with role=meter, as before (<meter> draws its own)
    <div
      class="meter"
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      aria-valuetext={valueText(value)}
      data-tone={tone}
    >
      <span class="meter-label" aria-hidden="true">
        {label}
      </span>
      <span class="meter-row">
        <span class="meter-bar">
          <span class="meter-fill" style={{ width: `${value}%` }} />
        </span>
        <span class="meter-num" aria-hidden="true">
          {value}
        </span>
      </span>
    </div>
  );
}
