import { useId, type ReactNode } from 'react';
import { Checkbox } from './Checkbox.js';
import { Modal } from './Modal.js';
import { useT } from '../i18n/index.js';
import { uiMessages } from './messages.js';
import './kit.css';

export interface ConfirmOption {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly disabled?: boolean;
}

interface ConfirmDialogProps {
  readonly title: ReactNode;
  /** The question; it describes the dialog (aria-describedby). */
  readonly description?: ReactNode;
  /** What the question is about: a list of names, a URL. Shown before the options. */
  readonly children?: ReactNode;
  /** Choices that change what confirming does ("Also remove volumes"), as labelled checkboxes. */
  readonly options?: readonly (ConfirmOption | false | null | undefined)[];
  /** Shown after the options: a hint that depends on them, an error. */
  readonly after?: ReactNode;
  /** The confirm button's text; without it the dialog only informs (its cancel says Close). */
  readonly confirm?: string;
  /** Removal is red; opening a link is the plain primary action. */
  readonly tone?: 'danger' | 'primary';
  readonly confirmDisabled?: boolean;
  /** Which button has the focus when the dialog opens: Cancel unless the action is harmless. */
  readonly focus?: 'cancel' | 'confirm';
  readonly cancelLabel?: string;
  readonly onConfirm?: () => void;
  readonly onCancel: () => void;
  readonly className?: string;
}

/** The kit's confirmation: a question, what it is about, its options, Cancel and the action. */
export function ConfirmDialog({
  title,
  description,
  children,
  options = [],
  after,
  confirm,
  tone = 'danger',
  confirmDisabled = false,
  focus = 'cancel',
  cancelLabel,
  onConfirm,
  onCancel,
  className,
}: ConfirmDialogProps) {
  const t = useT(uiMessages);
  const titleId = useId();
  const descriptionId = useId();
  const described = description !== undefined;
  return (
    <Modal
      labelledBy={titleId}
      describedBy={described ? descriptionId : undefined}
      onCancel={onCancel}
      className={className}
    >
      <h2 id={titleId}>{title}</h2>
      {described && <p id={descriptionId}>{description}</p>}
      {children}
      {options.map(
        (option) =>
          option && (
            <Checkbox
              key={option.label}
              showLabel
              label={option.label}
              checked={option.checked}
              disabled={option.disabled}
              onChange={option.onChange}
            />
          ),
      )}
      {after}
      <div className="dialog-actions">
        <button
          type="button"
          className="button"
          data-autofocus={focus === 'cancel' ? true : undefined}
          onClick={onCancel}
        >
          {cancelLabel ?? t(confirm === undefined ? 'close' : 'cancel')}
        </button>
        {confirm !== undefined && (
          <button
            type="button"
            className={tone === 'danger' ? 'button danger-solid' : 'button primary'}
            data-autofocus={focus === 'confirm' ? true : undefined}
            disabled={confirmDisabled}
            onClick={onConfirm}
          >
            {confirm}
          </button>
        )}
      </div>
    </Modal>
  );
}
