import { useEffect, useRef, type ReactNode } from 'react';

interface ModalProps {
  /** Id of the heading that names the dialog. */
  readonly labelledBy: string;
  readonly describedBy?: string;
  /** Escape, or the caller's Cancel button. */
  readonly onCancel: () => void;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * A native modal <dialog>: the browser makes the rest of the page inert (focus cannot leave)
 * and puts it in the top layer. Mounted means open; on unmount focus goes back to whatever
 * opened it. The element marked `data-autofocus` gets focus first.
 */
export function Modal({ labelledBy, describedBy, onCancel, className, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={className ? `modal ${className}` : 'modal'}
      aria-modal="true"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onCancel={(event) => {
        // Let React unmount us instead of the browser closing the element under it.
        event.preventDefault();
        onCancel();
      }}
    >
      {children}
    </dialog>
  );
}
