/** The parts of a keydown a shortcut looks at (a KeyboardEvent has them all). */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly target: EventTarget | null;
}

/** Ctrl+K on Windows and Linux, Cmd+K on macOS (either works everywhere: browsers differ). */
export const isPaletteKey = (e: KeyPress): boolean =>
  (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k';

/** Typing in a field, a terminal (xterm's textarea) or a select must not trigger one-key shortcuts. */
export const isTyping = (target: EventTarget | null): boolean => {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
};

/** A plain key (no Ctrl, Cmd or Alt) pressed outside a text field. */
export const isPlainKey = (e: KeyPress, key: string): boolean =>
  !e.ctrlKey && !e.metaKey && !e.altKey && e.key === key && !isTyping(e.target);
