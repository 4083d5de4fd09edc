import { useId, useState } from 'react';
import type { z } from 'zod';
import {
  sectionNames,
  sections,
  type SectionName,
  type SettingsUpdate,
} from '../../../shared/settings/settings.js';
import { hostConfirmsLinks } from '../../ipc/connect.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { useClient } from '../../lib/client-context.js';
import { updateSettings, useSettingsStore } from '../../lib/settings-store.js';
import { useT } from '../../i18n/index.js';
import { LoadStatus } from '../../ui/LoadStatus.js';
import { messages } from './messages.js';
import { controlFor, humanise, type FieldControl } from './setting-fields.js';
import { SettingField } from './SettingField.js';
import '../../ui/kit.css';
import './settings.css';

type Lookup = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/** Sections whose fields only the Electron shell acts on. */
const DESKTOP_ONLY: ReadonlySet<SectionName> = new Set(['desktop']);

interface FieldSpec {
  readonly key: string;
  readonly schema: z.ZodType;
  readonly control: FieldControl;
}

/** Every section's form-editable fields, read from the section definitions (nothing to add here for a new field). */
const FORM: readonly { readonly section: SectionName; readonly fields: readonly FieldSpec[] }[] = sectionNames
  .map((section) => ({
    section,
    fields: Object.entries(sections[section].fields as Readonly<Record<string, z.ZodType>>).flatMap(
      ([key, schema]) => {
        const control = controlFor(schema);
        return control ? [{ key, schema, control }] : [];
      },
    ),
  }))
  .filter((s) => s.fields.length > 0);

export function SettingsView() {
  const headingId = useId();
  const client = useClient();
  const settings = useSettingsStore((s) => s.settings);
  const typed = useT(messages);
  // Keys built from section and field names: a missing one falls back to the given words.
  const t = typed as unknown as Lookup;
  const word = (key: string, fallback: string): string => {
    const text = t(key);
    return text === key ? fallback : text;
  };
  const [status, setStatus] = useState<string | null>(null);
  const desktop = hostConfirmsLinks();

  const save = (section: SectionName, key: string, value: unknown): void => {
    setStatus(null);
    const change = { section, values: { [key]: value } } as unknown as SettingsUpdate;
    updateSettings(client, change).then(
      () => {
        setStatus(typed('saved'));
      },
      (err: unknown) => {
        setStatus(typed('saveFailed', { message: errorMessage(err) }));
      },
    );
  };

  const checker =
    (spec: FieldSpec) =>
    (value: unknown): string | null => {
      if (spec.schema.safeParse(value).success) return null;
      if (spec.control.kind === 'number') {
        return typed('numberRange', { min: spec.control.min ?? '', max: spec.control.max ?? '' });
      }
      return typed('textRequired');
    };

  return (
    <section className="page settings-view" aria-labelledby={headingId}>
      <header className="view-header">
        <h1 id={headingId}>{typed('title')}</h1>
        <span className="muted">{typed('intro')}</span>
        <span role="status" className="muted settings-status">
          {status}
        </span>
      </header>
      <LoadStatus problem={null} loading={settings === null} loadingText={typed('loading')} />
      {settings &&
        FORM.map(({ section, fields }) => {
          const values = settings[section] as Readonly<Record<string, unknown>>;
          const disabled = DESKTOP_ONLY.has(section) && !desktop;
          const sectionId = `settings-${section}`;
          return (
            <fieldset
              key={section}
              className="settings-section"
              aria-describedby={disabled ? `${sectionId}-note` : undefined}
            >
              <legend>{word(`section_${section}`, humanise(section))}</legend>
              {disabled && (
                <p id={`${sectionId}-note`} className="muted">
                  {typed('desktopOnly')}
                </p>
              )}
              {fields.map((spec) => {
                const hint =
                  word(`hint_${section}_${spec.key}`, '') ||
                  (spec.control.kind === 'text' && spec.control.nullable ? typed('nullableHint') : '');
                return (
                  <SettingField
                    key={spec.key}
                    control={spec.control}
                    label={word(`field_${section}_${spec.key}`, humanise(spec.key))}
                    hint={hint || undefined}
                    value={values[spec.key]}
                    optionLabel={(option) => word(`option_${spec.key}_${option}`, option)}
                    check={checker(spec)}
                    disabled={disabled}
                    onChange={(value) => {
                      save(section, spec.key, value);
                    }}
                  />
                );
              })}
            </fieldset>
          );
        })}
    </section>
  );
}
