import type { MouseEvent } from 'react';

/**
 * Disabling a focused button with `disabled` drops focus to the page (pressing Stop makes
 * Stop inapplicable). aria-disabled keeps the button focusable and announced as unavailable;
 * the click is swallowed here instead.
 */
export const softDisabled = (disabled: boolean, onClick: () => void) => ({
  'aria-disabled': disabled || undefined,
  onClick: (event: MouseEvent) => {
    if (disabled) event.preventDefault();
    else onClick();
  },
});
