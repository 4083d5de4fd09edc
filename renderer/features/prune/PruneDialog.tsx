import { useId, useState } from 'react';
import {
  PRUNE_KINDS,
  type PruneKind,
  type PruneOptions,
  type PrunePreview,
  type PruneResult,
} from '../../../shared/contract/system.js';
import { parseLabelFilter } from '../../../shared/system/label-filter.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { Checkbox } from '../../ui/Checkbox.js';
import { Modal } from '../../ui/Modal.js';
import { formatBytes } from '../../lib/format-bytes.js';
import { countOutcomes, groupByKind, kindTitle, outcomeSummary } from './prune-format.js';
import '../../ui/kit.css';
import './prune.css';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

export interface PruneDialogProps {
  /** Kinds ticked when the dialog opens (e.g. ['images'] from the Images view); default: all. */
  readonly kinds?: readonly PruneKind[];
  /** Images: untagged only, or every image no container uses. Default: dangling. */
  readonly images?: PruneOptions['images'];
  /** Prefilled `key` or `key=value` label filter; only matching items are offered. */
  readonly label?: string;
  readonly onClose: () => void;
  /** Called after a prune ran (e.g. to refresh the opener's list). */
  readonly onPruned?: (result: PruneResult) => void;
}

type Step =
  | { readonly kind: 'options' }
  | { readonly kind: 'previewing' }
  | { readonly kind: 'preview'; readonly preview: PrunePreview }
  | { readonly kind: 'removing'; readonly preview: PrunePreview }
  | { readonly kind: 'done'; readonly preview: PrunePreview; readonly result: PruneResult };

/**
 * The one prune screen: choose what, preview every item with its size and the space it frees,
 * then remove exactly the previewed items (by id) and show each outcome. Changing an option
 * drops the preview, so what is removed is always what was last shown.
 */
export function PruneDialog({ kinds, images = 'dangling', label = '', onClose, onPruned }: PruneDialogProps) {
  const client = useClient();
  const t = useT(messages);
  const titleId = useId();
  const labelId = useId();
  const labelErrorId = useId();
  const [chosen, setChosen] = useState<ReadonlySet<PruneKind>>(() => new Set(kinds ?? PRUNE_KINDS));
  const [imageMode, setImageMode] = useState<PruneOptions['images']>(images);
  const [labelText, setLabelText] = useState(label);
  const [step, setStep] = useState<Step>({ kind: 'options' });
  const [failure, setFailure] = useState<string | null>(null);

  const labelValid = labelText.trim() === '' || parseLabelFilter(labelText.trim()) !== null;
  const options: PruneOptions = {
    kinds: PRUNE_KINDS.filter((k) => chosen.has(k)),
    images: imageMode,
    ...(labelText.trim() !== '' && { label: labelText.trim() }),
  };
  const locked = step.kind === 'previewing' || step.kind === 'removing';

  const changed = (): void => {
    setStep({ kind: 'options' });
    setFailure(null);
  };

  const preview = async (): Promise<void> => {
    setFailure(null);
    setStep({ kind: 'previewing' });
    try {
      setStep({ kind: 'preview', preview: await client.invoke('system.prunePreview', options) });
    } catch (err) {
      setFailure(errorMessage(err));
      setStep({ kind: 'options' });
    }
  };

  const apply = async (shown: PrunePreview): Promise<void> => {
    setStep({ kind: 'removing', preview: shown });
    try {
      const result = await client.invoke('system.pruneApply', {
        options: shown.options,
        items: shown.items.map(({ kind, id }) => ({ kind, id })),
      });
      setStep({ kind: 'done', preview: shown, result });
      onPruned?.(result);
    } catch (err) {
      setFailure(errorMessage(err));
      setStep({ kind: 'preview', preview: shown });
    }
  };

  const shown = step.kind === 'options' || step.kind === 'previewing' ? null : step.preview;

  return (
    <Modal labelledBy={titleId} onCancel={onClose} className="wide">
      <h2 id={titleId}>{t('title')}</h2>
      <fieldset className="form-group" disabled={locked || step.kind === 'done'}>
        <legend>{t('remove')}</legend>
        {PRUNE_KINDS.map((kind) => (
          <Checkbox
            key={kind}
            showLabel
            label={kindTitle(kind, imageMode)}
            checked={chosen.has(kind)}
            onChange={(checked) => {
              const next = new Set(chosen);
              if (checked) next.add(kind);
              else next.delete(kind);
              setChosen(next);
              changed();
            }}
          />
        ))}
        <Checkbox
          showLabel
          label={t('includeTagged')}
          checked={imageMode === 'all'}
          disabled={!chosen.has('images')}
          onChange={(checked) => {
            setImageMode(checked ? 'all' : 'dangling');
            changed();
          }}
        />
        <div className="form-field">
          <label htmlFor={labelId}>{t('onlyLabel')}</label>
          <input
            id={labelId}
            type="text"
            spellCheck={false}
            placeholder={t('labelPlaceholder')}
            value={labelText}
            aria-invalid={labelValid ? undefined : true}
            aria-describedby={labelValid ? undefined : labelErrorId}
            onChange={(event) => {
              setLabelText(event.currentTarget.value);
              changed();
            }}
          />
          {!labelValid && (
            <span id={labelErrorId} className="field-error">
              {t('labelInvalid')}
            </span>
          )}
        </div>
      </fieldset>

      {failure && (
        <p role="alert" className="form-error">
          {failure}
        </p>
      )}
      {step.kind === 'previewing' && (
        <p role="status" className="muted">
          {t('looking')}
        </p>
      )}
      {shown && <PreviewList preview={shown} />}
      {step.kind === 'removing' && (
        <p role="status" className="muted">
          {t('removing', { count: step.preview.items.length })}
        </p>
      )}
      {step.kind === 'done' && <Outcomes result={step.result} />}

      <div className="dialog-actions">
        <button type="button" className="button" data-autofocus onClick={onClose}>
          {step.kind === 'done' ? t('close') : t('cancel')}
        </button>
        {(step.kind === 'options' || step.kind === 'previewing') && (
          <button
            type="button"
            className="button primary"
            disabled={locked || chosen.size === 0 || !labelValid}
            onClick={() => void preview()}
          >
            {t('preview')}
          </button>
        )}
        {(step.kind === 'preview' || step.kind === 'removing') && (
          <button
            type="button"
            className="button danger-solid"
            disabled={step.kind === 'removing' || step.preview.items.length === 0}
            onClick={() => void apply(step.preview)}
          >
            {t('removeItems', { count: step.preview.items.length })}
          </button>
        )}
      </div>
    </Modal>
  );
}

function PreviewList({ preview }: { readonly preview: PrunePreview }) {
  const t = useT(messages);
  const groups = groupByKind(preview.items);
  return (
    <section aria-label={t('previewRegion')} className="prune-preview">
      <p role="status">
        {preview.items.length === 0
          ? t('nothing')
          : t('wouldRemove', { count: preview.items.length, size: formatBytes(preview.size) })}
      </p>
      {preview.skipped.map((s) => (
        <p key={s.kind} className="hint">
          {kindTitle(s.kind, preview.options.images)}: {s.reason}
        </p>
      ))}
      {groups.map((group) => {
        const title = kindTitle(group.kind, preview.options.images);
        return (
          <div key={group.kind}>
            <h3>
              {title}{' '}
              <span className="muted">
                ({group.items.length}, {formatBytes(group.size)})
              </span>
            </h3>
            <ul className="name-list" aria-label={title}>
              {group.items.map((item) => (
                <li key={item.id}>
                  {item.name}{' '}
                  <span className="muted">
                    · {item.size === null ? t('sizeUnknown') : formatBytes(item.size)}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function Outcomes({ result }: { readonly result: PruneResult }) {
  const t = useT(messages);
  const counts = countOutcomes(result.outcomes);
  return (
    <section aria-label={t('resultRegion')}>
      <p role="status">{outcomeSummary(counts, formatBytes(result.reclaimed))}</p>
      <ul className="name-list" aria-label={t('outcomes')}>
        {result.outcomes.map((o) => (
          <li key={`${o.kind}:${o.id}`} className={`outcome-${o.result}`}>
            {o.name}: {t(`result_${o.result}`)}
            {o.message && <span className="muted"> — {o.message}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
