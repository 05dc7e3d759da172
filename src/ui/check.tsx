// A checkbox with its words beside it, as the plan and the settings show them: the label
// wraps the box, and a hint below it (by id) may describe it.
interface CheckProps {
  id: string;
  label: string;
  checked: boolean;
  disabled?: boolean;
  /** The id of the hint that says more. */
  hint?: string;
  onChange(checked: boolean): void;
}

export function Check({ id, label, checked, disabled, hint, onChange }: CheckProps) {
  return (
    <label class="check" for={id}>
      <input
        type="checkbox"
        id={id}
        checked={checked}
        disabled={disabled}
        aria-describedby={hint}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span>{label}</span>
    </label>
  );
}
