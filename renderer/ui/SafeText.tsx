import { invisibleParts, needsIsolation } from '../../shared/text/invisible-chars.js';
import './safe-text.css';
import { translate } from '../i18n/index.js';
import { uiMessages } from './messages.js';

/**
 * Text someone else chose (a container, image, volume or project name, a label, a command),
 * shown so it cannot pass for something else: isolated from the text around it (`<bdi>`), and
 * every bidi control or zero-width character in it replaced by a visible, described marker
 * (`⟨U+202E⟩`, "right-to-left override"). Text with neither those nor right-to-left letters
 * cannot reorder anything: it renders as bare text (no extra element per row of a long list).
 */
// translate(), not useT(): SafeText is in every row, and only this rare title needs words.
export function SafeText({ text }: { readonly text: string }) {
  if (!needsIsolation(text)) return text;
  const parts = invisibleParts(text);
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only?.kind === 'text') return <bdi>{only.text}</bdi>;
  return (
    <bdi className="safe-text">
      {parts.map((part, i) =>
        part.kind === 'text' ? (
          part.text
        ) : (
          <abbr
            key={i}
            className="hidden-char"
            title={translate(uiMessages, 'hiddenChar', { name: part.name })}
          >
            {part.marker}
          </abbr>
        ),
      )}
    </bdi>
  );
}
