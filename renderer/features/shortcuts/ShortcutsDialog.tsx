import { useId } from 'react';
import { useT } from '../../i18n/index.js';
import { Modal } from '../../ui/Modal.js';
import { messages } from './messages.js';
import { SHORTCUTS } from './shortcut-list.js';
import { closeShortcuts, useShortcutsStore } from './shortcuts-store.js';
import './shortcuts.css';

/** The cheat sheet (`?`): every documented shortcut. */
export function ShortcutsDialog() {
  const open = useShortcutsStore((s) => s.open);
  return open ? <ShortcutsSheet /> : null;
}

function ShortcutsSheet() {
  const t = useT(messages);
  const titleId = useId();
  return (
    <Modal labelledBy={titleId} onCancel={closeShortcuts} className="shortcuts-sheet">
      <h2 id={titleId}>{t('title')}</h2>
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">{t('keys')}</th>
            <th scope="col">{t('action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(({ keys, what }) => (
            <tr key={what}>
              <td>
                {keys.map((key, index) => (
                  <kbd key={index}>{key}</kbd>
                ))}
              </td>
              <td>{t(what)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('paletteHint')}</p>
      <div className="form-actions">
        <button type="button" className="button primary" data-autofocus onClick={closeShortcuts}>
          {t('close')}
        </button>
      </div>
    </Modal>
  );
}
