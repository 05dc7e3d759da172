// Cutting a value that came from outside (a URL, a save) to a length a message can show: a
// 2 MB level name must not overflow the notice box. One rule for every such message.
const MAX_SHOWN = 40;

export function clip(value: string, max = MAX_SHOWN): string {
  const chars = Array.from(value.slice(0, max * 2));
  return chars.length > max || value.length > max * 2 ? `${chars.slice(0, max).join('')}…` : value;
}
