import { useId, useState } from 'react';
import type { PublishedPort, ServiceSummary } from '../../../shared/swarm/swarm-types.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { isManager, useSwarmStore } from '../swarm/index.js';
import { serviceFormFromSpec } from '../../../shared/swarm/service-from-spec.js';
import { CreateServiceDialog, type ServiceEdit } from './CreateServiceDialog.js';
import { ServiceLogs } from './ServiceLogs.js';
import { ServiceTasks } from './ServiceTasks.js';
import { StacksPanel } from './StacksPanel.js';
import './services.css';
import { SafeText } from '../../ui/SafeText.js';
import { Table } from '../../ui/Table.js';
import { InlineForm } from '../../ui/InlineForm.js';
import '../../ui/kit.css';
import { LoadStatus } from '../../ui/LoadStatus.js';

const portText = (p: PublishedPort): string => `${p.published ?? '*'}→${p.target}/${p.protocol} (${p.mode})`;

const SERVICE_COLUMNS = ['Name', 'Mode', 'Replicas', 'Image', 'Ports', 'Update', 'Actions'];

const byName = (a: ServiceSummary, b: ServiceSummary): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

function ServiceRow({
  service,
  onOpen,
  onProblem,
}: {
  readonly service: ServiceSummary;
  readonly onOpen: () => void;
  readonly onProblem: (text: string | null) => void;
}) {
  const client = useClient();
  const [replicas, setReplicas] = useState(String(service.desired));
  const act = async (action: () => Promise<unknown>): Promise<void> => {
    try {
      await action();
      onProblem(null);
    } catch (err) {
      onProblem(errorMessage(err));
    }
  };
  return (
    <tr>
      <th scope="row">
        <button type="button" className="button ghost" onClick={onOpen}>
          <SafeText text={service.name} />
        </button>
      </th>
      <td>{service.mode}</td>
      <td aria-label={`Replicas of ${service.name}`}>
        {service.running}/{service.desired}
      </td>
      <td>
        <SafeText text={service.image} />
      </td>
      <td>{service.ports.map(portText).join(', ') || '—'}</td>
      <td>
        {service.updateStatus ? (
          <span title={service.updateStatus.message ?? ''}>
            {service.updateStatus.state}
            {service.updateStatus.message && (
              <span className="muted">
                {' — '}
                <SafeText text={service.updateStatus.message} />
              </span>
            )}
          </span>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td className="row-buttons">
        {service.mode === 'replicated' && (
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              void act(() => client.invoke('services.scale', { id: service.id, replicas: Number(replicas) }));
            }}
          >
            <input
              aria-label={`Scale ${service.name} to`}
              inputMode="numeric"
              size={4}
              value={replicas}
              onChange={(e) => {
                setReplicas(e.currentTarget.value);
              }}
            />
            <button type="submit" className="button ghost" aria-label={`Scale ${service.name}`}>
              Scale
            </button>
          </form>
        )}
        <button
          type="button"
          className="button ghost"
          aria-label={`Roll back ${service.name}`}
          disabled={!service.canRollback}
          onClick={() => void act(() => client.invoke('services.rollback', { id: service.id }))}
        >
          Roll back
        </button>
        <button
          type="button"
          className="button ghost danger"
          aria-label={`Remove ${service.name}`}
          onClick={() => void act(() => client.invoke('services.remove', { id: service.id }))}
        >
          Remove
        </button>
      </td>
    </tr>
  );
}

function UpdateImageForm({ service }: { readonly service: ServiceSummary }) {
  const client = useClient();
  const [image, setImage] = useState(service.image);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <InlineForm
      label="Image"
      value={image}
      onChange={setImage}
      submit="Update image"
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
          ← All services
        </button>
        <h2 id={headingId}>
          Service <SafeText text={service.name} />
        </h2>
      </header>
      <p>
        {service.running}/{service.desired} running · {service.image}
        {service.updateStatus && ` · update ${service.updateStatus.state}`}
      </p>
      {service.ports.some((p) => p.mode === 'ingress') && (
        <p className="muted">
          Ingress ports go through the routing mesh, which needs the kernel's IPVS; where it is missing they
          do not answer — publish in host mode instead.
        </p>
      )}
      <div className="toolbar">
        <UpdateImageForm service={service} />
        <button type="button" className="button" onClick={() => void openEdit()}>
          Edit settings…
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
      <h2>Logs</h2>
      <ServiceLogs service={service} />
    </section>
  );
}

/** Swarm services, live from engine events: replicas, ports, update state; create, scale, update, roll back. */
export function ServicesView() {
  const headingId = useId();
  const manager = useSwarmStore(isManager);
  const services = useSwarmStore((s) => s.services);
  const problemFromStore = useSwarmStore((s) => s.problem);
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const open = openId ? services.get(openId) : undefined;
  const list = [...services.values()].sort(byName);
  return (
    <section className="page" aria-labelledby={headingId}>
      <header className="view-header">
        <h1 id={headingId}>Services</h1>
      </header>
      {!manager && (
        <p className="muted">This engine is not a swarm manager: initialise a swarm in the Swarm view.</p>
      )}
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
              Create service
            </button>
          </div>
          <Table
            className="data-table"
            label="Services"
            columns={SERVICE_COLUMNS}
            empty={list.length === 0 && 'No services yet.'}
          >
            {list.map((service) => (
              <ServiceRow
                key={service.id}
                service={service}
                onOpen={() => {
                  setOpenId(service.id);
                }}
                onProblem={setProblem}
              />
            ))}
          </Table>
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
