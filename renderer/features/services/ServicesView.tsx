import { useId, useMemo, useState } from 'react';
import type { ServiceSummary } from '../../../shared/swarm/swarm-types.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { isManager, useSwarmStore } from '../swarm-state/index.js';
import { serviceFormFromSpec } from '../../../shared/swarm/service-from-spec.js';
import { CreateServiceDialog, type ServiceEdit } from './CreateServiceDialog.js';
import { ServiceLogs } from './ServiceLogs.js';
import { ServiceTasks } from './ServiceTasks.js';
import { StacksPanel } from './StacksPanel.js';
import { ServiceList } from './ServiceList.js';
import { rowWordsOf } from './ServiceRow.js';
import './services.css';
import { InlineForm } from '../../ui/InlineForm.js';
import '../../ui/kit.css';
import { LoadStatus } from '../../ui/LoadStatus.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

const byName = (a: ServiceSummary, b: ServiceSummary): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

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

function ServiceDetail({
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

/** Swarm services, live from engine events: replicas, ports, update state; create, scale, update, roll back. */
export function ServicesView() {
  const headingId = useId();
  const t = useT(messages);
  const client = useClient();
  const manager = useSwarmStore(isManager);
  const known = useSwarmStore((s) => s.state !== null || s.listed);
  const services = useSwarmStore((s) => s.services);
  const problemFromStore = useSwarmStore((s) => s.problem);
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const open = openId ? services.get(openId) : undefined;
  const words = useMemo(() => rowWordsOf(t), [t]);
  const list = useMemo(() => [...services.values()].sort(byName), [services]);
  return (
    <section className="page" aria-labelledby={headingId}>
      <header className="view-header">
        <h1 id={headingId}>{t('title')}</h1>
      </header>
      {known && !manager && <p className="muted">{t('notManager')}</p>}
      <LoadStatus problem={problem ?? problemFromStore} />
      {manager && open && (
        <ServiceDetail
          service={open}
          onClose={() => {
            setOpenId(null);
          }}
        />
      )}
      {manager && !open && (
        <>
          <div className="toolbar">
            <button
              type="button"
              className="button primary"
              onClick={() => {
                setCreating(true);
              }}
            >
              {t('create')}
            </button>
          </div>
          <ServiceList
            list={list}
            client={client}
            words={words}
            label={t('title')}
            columns={[
              t('colName'),
              t('colMode'),
              t('colReplicas'),
              t('colImage'),
              t('colPorts'),
              t('colUpdate'),
              t('colActions'),
            ]}
            empty={t('noServices')}
            onOpen={setOpenId}
            onProblem={setProblem}
          />
          <StacksPanel />
        </>
      )}
      {creating && (
        <CreateServiceDialog
          onClose={() => {
            setCreating(false);
          }}
        />
      )}
    </section>
  );
}
