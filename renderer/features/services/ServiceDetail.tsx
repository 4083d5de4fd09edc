import { useId, useState } from 'react';
import type { ServiceSummary } from '../../../shared/swarm/swarm-types.js';
import { serviceFormFromSpec } from '../../../shared/swarm/service-from-spec.js';
import { useT } from '../../i18n/index.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { useClient } from '../../lib/client-context.js';
import { InlineForm } from '../../ui/InlineForm.js';
import { LoadStatus } from '../../ui/LoadStatus.js';
import { CreateServiceDialog, type ServiceEdit } from './CreateServiceDialog.js';
import { messages } from './messages.js';
import { ServiceLogs } from './ServiceLogs.js';
import { ServiceTasks } from './ServiceTasks.js';

function UpdateImageForm({ service }: { readonly service: ServiceSummary }) {
  const client = useClient();
  const t = useT(messages);
  const [image, setImage] = useState(service.image);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <InlineForm
      label={t('image')}
      value={image}
      onChange={setImage}
      submit={t('updateImage')}
      problem={problem}
      onSubmit={() => {
        client.invoke('services.update', { id: service.id, image, force: false }).then(
          () => {
            setProblem(null);
          },
          (err: unknown) => {
            setProblem(errorMessage(err));
          },
        );
      }}
    />
  );
}

/** One service: its image, settings, tasks and logs (the log console carries xterm.js: loaded when opened). */
export function ServiceDetail({
  service,
  onClose,
}: {
  readonly service: ServiceSummary;
  readonly onClose: () => void;
}) {
  const headingId = useId();
  const client = useClient();
  const t = useT(messages);
  const [edit, setEdit] = useState<ServiceEdit | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const openEdit = async (): Promise<void> => {
    try {
      const inspect = await client.invoke('services.inspect', { id: service.id });
      setEdit({ id: service.id, form: serviceFormFromSpec(inspect['Spec']) });
      setProblem(null);
    } catch (err) {
      setProblem(errorMessage(err));
    }
  };
  return (
    <section className="panel service-detail" aria-labelledby={headingId}>
      <header className="detail-header">
        <button type="button" className="button ghost" onClick={onClose}>
          {t('allServices')}
        </button>
        <h2 id={headingId}>{t('serviceHeading', { name: service.name })}</h2>
      </header>
      <p>
        {t('summary', { running: service.running, desired: service.desired, image: service.image })}
        {service.updateStatus && t('summaryUpdate', { state: service.updateStatus.state })}
      </p>
      {service.ports.some((p) => p.mode === 'ingress') && <p className="muted">{t('ingressNote')}</p>}
      <div className="toolbar">
        <UpdateImageForm service={service} />
        <button type="button" className="button" onClick={() => void openEdit()}>
          {t('editSettings')}
        </button>
      </div>
      <LoadStatus problem={problem} />
      {edit && (
        <CreateServiceDialog
          edit={edit}
          onClose={() => {
            setEdit(null);
          }}
        />
      )}
      <ServiceTasks service={service} />
      <h2>{t('logsHeading')}</h2>
      <ServiceLogs service={service} />
    </section>
  );
}
