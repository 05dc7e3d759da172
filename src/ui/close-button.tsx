// The "×" button that closes a card, a dialog or a tip: an icon button whose accessible name
// and tooltip are the same words (what closing does here: "Back to the fair", "Close", "Hide").
interface CloseButtonProps {
  label: string;
  onClick(): void;
}

export function CloseButton({ label, onClick }: CloseButtonProps) {
  return (
    <button class="btn btn-icon" type="button" aria-label={label} title={label} onClick={onClick}>
      ×
    </button>
  );
}
