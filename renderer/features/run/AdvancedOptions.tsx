import { useState, type ReactNode } from 'react';
import {
  HEALTH_MODES,
  emptyNetworkRow,
  type HealthMode,
  type RunForm,
} from '../../../shared/run/run-form.js';
import { useT, type Catalogue, type Translate } from '../../i18n/index.js';
import { Checkbox } from '../../ui/Checkbox.js';
import { SelectField } from '../../ui/SelectField.js';
import { TextField } from '../../ui/TextField.js';
import { KeyValueRows } from './KeyValueRows.js';
import { runMessages } from './messages.js';
import { removeAt, replaceAt } from './rows.js';
import { updateForm, useRunDialogStore } from './run-dialog-store.js';
import type { SectionProps } from './section-props.js';

type TextKey = {
  [K in keyof RunForm]: RunForm[K] extends string ? K : never;
}[keyof RunForm];
type RunMessages = typeof runMessages extends Catalogue<infer M> ? M : never;
type MessageKey = Parameters<Translate<RunMessages>>[0];

interface TextSpec {
  readonly key: TextKey;
  readonly label: MessageKey;
  readonly hint?: MessageKey;
  readonly multiline?: boolean;
}

/** One folded group of options; it opens by itself when one of its fields needs attention. */
function Fold({
  title,
  fields,
  errors,
  children,
}: {
  readonly title: string;
  readonly fields: readonly string[];
  readonly errors: SectionProps['errors'];
  readonly children: ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  const attention = Object.keys(errors).some((path) =>
    fields.some((f) => path === f || path.startsWith(`${f}.`)),
  );
  return (
    <details
      className="run-section advanced"
      open={opened || attention}
      onToggle={(event) => {
        setOpened(event.currentTarget.open);
      }}
    >
      <summary>{title}</summary>
      {children}
    </details>
  );
}

function TextFields({
  specs,
  errors,
}: {
  readonly specs: readonly TextSpec[];
  readonly errors: SectionProps['errors'];
}) {
  const t = useT(runMessages);
  const form = useRunDialogStore((s) => s.form);
  return (
    <div className="field-grid">
      {specs.map(({ key, label, hint, multiline }) => (
        <TextField
          key={key}
          label={t(label)}
          value={form[key]}
          placeholder={hint ? t(hint) : undefined}
          rows={multiline ? 3 : undefined}
          error={errors[key]}
          onChange={(value) => {
            updateForm((f): RunForm => ({ ...f, [key]: value }));
          }}
        />
      ))}
    </div>
  );
}

function OtherNetworks({ errors }: SectionProps) {
  const t = useT(runMessages);
  const rows = useRunDialogStore((s) => s.form.networks);
  const networks = useRunDialogStore((s) => s.networks);
  return (
    <fieldset className="run-rows">
      <legend>{t('otherNetworks')}</legend>
      {rows.map((row, i) => {
        const n = i + 1;
        const patch = (change: Partial<typeof row>): void => {
          updateForm((f) => ({ ...f, networks: replaceAt(f.networks, i, { ...row, ...change }) }));
        };
        return (
          <div key={i} className="row-fields" role="group" aria-label={t('networkName', { n })}>
            <TextField
              label={t('networkName', { n })}
              value={row.name}
              list="run-network-names"
              error={errors[`networks.${i}.name`]}
              onChange={(name) => {
                patch({ name });
              }}
            />
            <TextField
              label={t('networkAliasesRow', { n })}
              value={row.aliases}
              onChange={(aliases) => {
                patch({ aliases });
              }}
            />
            <TextField
              label={t('networkIpv4Row', { n })}
              value={row.ipv4}
              error={errors[`networks.${i}.ipv4`]}
              onChange={(ipv4) => {
                patch({ ipv4 });
              }}
            />
            <TextField
              label={t('networkIpv6Row', { n })}
              value={row.ipv6}
              error={errors[`networks.${i}.ipv6`]}
              onChange={(ipv6) => {
                patch({ ipv6 });
              }}
            />
            <button
              type="button"
              className="button"
              aria-label={t('removeNetwork', { n })}
              onClick={() => {
                updateForm((f) => ({ ...f, networks: removeAt(f.networks, i) }));
              }}
            >
              ✕
            </button>
          </div>
        );
      })}
      <datalist id="run-network-names">
        {networks.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {errors.networks && (
        <p role="alert" className="field-error">
          {errors.networks}
        </p>
      )}
      <button
        type="button"
        className="button"
        onClick={() => {
          updateForm((f) => ({ ...f, networks: [...f.networks, emptyNetworkRow()] }));
        }}
      >
        {t('addNetwork')}
      </button>
    </fieldset>
  );
}

function RowsWithAdd({
  field,
  noun,
  add,
  errors,
}: SectionProps & { readonly field: 'logOptions' | 'sysctls'; readonly noun: string; readonly add: string }) {
  const t = useT(runMessages);
  return (
    <fieldset className="run-rows">
      <legend>{noun}</legend>
      <KeyValueRows
        field={field}
        noun={noun}
        keyWord={t('keyWordKey')}
        keyPlaceholder={t('keyWordKey')}
        errors={errors}
      />
      <button
        type="button"
        className="button"
        onClick={() => {
          updateForm((f) => ({ ...f, [field]: [...f[field], { key: '', value: '' }] }));
        }}
      >
        {add}
      </button>
    </fieldset>
  );
}

/** The options `docker run` has beyond the everyday ones, in folded groups with names. */
export function AdvancedOptions({ errors }: SectionProps) {
  const t = useT(runMessages);
  const healthMode = useRunDialogStore((s) => s.form.healthMode);
  const init = useRunDialogStore((s) => s.form.init);
  const healthLabels: Readonly<Record<HealthMode, string>> = {
    image: t('healthImage'),
    none: t('healthNone'),
    command: t('healthCommand'),
  };
  return (
    <>
      <Fold title={t('devicesSection')} fields={['devices', 'gpus']} errors={errors}>
        <TextFields
          errors={errors}
          specs={[
            { key: 'devices', label: 'devices', hint: 'devicesHint', multiline: true },
            { key: 'gpus', label: 'gpus', hint: 'gpusHint' },
          ]}
        />
      </Fold>
      <Fold title={t('dnsSection')} fields={['dns', 'dnsSearch', 'dnsOptions']} errors={errors}>
        <TextFields
          errors={errors}
          specs={[
            { key: 'dns', label: 'dns', hint: 'wordsHint' },
            { key: 'dnsSearch', label: 'dnsSearch', hint: 'wordsHint' },
            { key: 'dnsOptions', label: 'dnsOptions', hint: 'wordsHint' },
          ]}
        />
      </Fold>
      <Fold
        title={t('healthSection')}
        fields={[
          'healthMode',
          'healthCmd',
          'healthInterval',
          'healthTimeout',
          'healthStartPeriod',
          'healthRetries',
        ]}
        errors={errors}
      >
        <div className="field-grid">
          <SelectField
            label={t('healthMode')}
            value={healthMode}
            error={errors.healthMode}
            options={HEALTH_MODES.map((value) => ({ value, label: healthLabels[value] }))}
            onChange={(value) => {
              updateForm((f) => ({ ...f, healthMode: value }));
            }}
          />
        </div>
        {healthMode !== 'none' && (
          <TextFields
            errors={errors}
            specs={[
              ...(healthMode === 'command' ? [{ key: 'healthCmd', label: 'healthCmd' } as const] : []),
              { key: 'healthInterval', label: 'healthInterval', hint: 'durationHint' },
              { key: 'healthTimeout', label: 'healthTimeout', hint: 'durationHint' },
              { key: 'healthStartPeriod', label: 'healthStartPeriod', hint: 'durationHint' },
              { key: 'healthRetries', label: 'healthRetries' },
            ]}
          />
        )}
      </Fold>
      <Fold
        title={t('networksSection')}
        fields={['networkAliases', 'ipv4', 'ipv6', 'networks']}
        errors={errors}
      >
        <TextFields
          errors={errors}
          specs={[
            { key: 'networkAliases', label: 'networkAliases', hint: 'wordsHint' },
            { key: 'ipv4', label: 'ipv4' },
            { key: 'ipv6', label: 'ipv6' },
          ]}
        />
        <OtherNetworks errors={errors} />
      </Fold>
      <Fold title={t('limitsSection')} fields={['shmSize', 'ulimits', 'cpuset', 'pidsLimit']} errors={errors}>
        <TextFields
          errors={errors}
          specs={[
            { key: 'shmSize', label: 'shmSize', hint: 'shmHint' },
            { key: 'ulimits', label: 'ulimits', hint: 'ulimitsHint', multiline: true },
            { key: 'cpuset', label: 'cpuset', hint: 'cpusetHint' },
            { key: 'pidsLimit', label: 'pidsLimit', hint: 'pidsHint' },
          ]}
        />
      </Fold>
      <Fold title={t('loggingSection')} fields={['logDriver', 'logOptions']} errors={errors}>
        <TextFields
          errors={errors}
          specs={[{ key: 'logDriver', label: 'logDriver', hint: 'logDriverHint' }]}
        />
        <RowsWithAdd field="logOptions" noun={t('logOption')} add={t('addLogOption')} errors={errors} />
      </Fold>
      <Fold title={t('securitySection')} fields={['securityOpt', 'groupAdd']} errors={errors}>
        <TextFields
          errors={errors}
          specs={[
            { key: 'securityOpt', label: 'securityOpt', hint: 'securityHint', multiline: true },
            { key: 'groupAdd', label: 'groupAdd', hint: 'wordsHint' },
          ]}
        />
        <div className="flags">
          <Checkbox
            showLabel
            label={t('init')}
            checked={init}
            onChange={(value) => {
              updateForm((f) => ({ ...f, init: value }));
            }}
          />
        </div>
      </Fold>
      <Fold
        title={t('namespacesSection')}
        fields={['pidMode', 'ipcMode', 'utsMode', 'sysctls']}
        errors={errors}
      >
        <TextFields
          errors={errors}
          specs={[
            { key: 'pidMode', label: 'pidMode', hint: 'modeHint' },
            { key: 'ipcMode', label: 'ipcMode', hint: 'modeHint' },
            { key: 'utsMode', label: 'utsMode', hint: 'modeHint' },
          ]}
        />
        <RowsWithAdd field="sysctls" noun={t('sysctl')} add={t('addSysctl')} errors={errors} />
      </Fold>
      <Fold title={t('storageSection')} fields={['tmpfs', 'volumesFrom']} errors={errors}>
        <TextFields
          errors={errors}
          specs={[
            { key: 'tmpfs', label: 'tmpfs', hint: 'tmpfsHint', multiline: true },
            { key: 'volumesFrom', label: 'volumesFrom', hint: 'volumesFromHint' },
          ]}
        />
      </Fold>
      <Fold title={t('stopSection')} fields={['stopSignal', 'stopTimeout', 'platform']} errors={errors}>
        <TextFields
          errors={errors}
          specs={[
            { key: 'stopSignal', label: 'stopSignal' },
            { key: 'stopTimeout', label: 'stopTimeout' },
            { key: 'platform', label: 'platform', hint: 'platformHint' },
          ]}
        />
      </Fold>
    </>
  );
}
