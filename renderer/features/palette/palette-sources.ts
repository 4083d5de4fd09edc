import { groupProjects } from '../../../shared/compose/projects.js';
import { BERTH_HELPER_LABEL, type ContainerSummary } from '../../../shared/contract/containers.js';
import type { ImageSummary } from '../../../shared/contract/images.js';
import type { NetworkSummary } from '../../../shared/contract/networks.js';
import type { VolumeSummary } from '../../../shared/contract/volumes.js';
import type { Client } from '../../ipc/client.js';
import { closeContainer, openContainer } from '../container-detail/index.js';
import { requestRemove, runContainerAction } from '../containers/index.js';
import { openImage } from '../images/index.js';
import { openNetwork } from '../networks/index.js';
import { openRunDialog } from '../run/index.js';
import { browseVolume } from '../volumes/index.js';
import type { PaletteT } from './messages.js';
import type { PaletteItem } from './palette-items.js';

type T = PaletteT;

/** The lists the palette fetches when it opens (the views fetch theirs only while shown). */
export interface Fetched {
  readonly images: readonly ImageSummary[];
  readonly volumes: readonly VolumeSummary[];
  readonly networks: readonly NetworkSummary[];
}

const go = (hash: string): void => {
  if (window.location.hash !== hash) window.location.hash = hash;
};

/** Every container's jumps and actions, from the live list and the same commands the list runs. */
export const containerItems = (
  client: Client,
  t: T,
  containers: Iterable<ContainerSummary>,
): PaletteItem[] => {
  const items: PaletteItem[] = [];
  for (const c of containers) {
    if (BERTH_HELPER_LABEL in c.labels) continue;
    const name = c.name;
    const kind = t('kindContainer');
    const keywords = `${c.image} ${c.project ?? ''} ${c.state}`;
    const open = (tab: 'logs' | 'terminal' | 'stats') => () => {
      go('#/containers');
      openContainer(c.id, tab);
    };
    const act = (action: 'start' | 'stop' | 'restart' | 'pause' | 'unpause') => () => {
      void runContainerAction(client, action, [c]);
    };
    const running = c.state === 'running';
    items.push({ id: `c:${c.id}:open`, label: t('open', { name }), kind, keywords, run: open('logs') });
    items.push({ id: `c:${c.id}:logs`, label: t('logs', { name }), kind, keywords, run: open('logs') });
    if (running) {
      items.push({
        id: `c:${c.id}:term`,
        label: t('terminal', { name }),
        kind,
        keywords,
        run: open('terminal'),
      });
      items.push({ id: `c:${c.id}:stats`, label: t('stats', { name }), kind, keywords, run: open('stats') });
      items.push({ id: `c:${c.id}:stop`, label: t('stop', { name }), kind, keywords, run: act('stop') });
      items.push({
        id: `c:${c.id}:restart`,
        label: t('restart', { name }),
        kind,
        keywords,
        run: act('restart'),
      });
      items.push({ id: `c:${c.id}:pause`, label: t('pause', { name }), kind, keywords, run: act('pause') });
    } else if (c.state === 'paused') {
      items.push({
        id: `c:${c.id}:unpause`,
        label: t('unpause', { name }),
        kind,
        keywords,
        run: act('unpause'),
      });
    } else {
      items.push({ id: `c:${c.id}:start`, label: t('start', { name }), kind, keywords, run: act('start') });
    }
    items.push({
      id: `c:${c.id}:remove`,
      label: t('remove', { name }),
      kind,
      keywords,
      run: () => {
        // The confirmation lives in the containers view (list or detail).
        go('#/containers');
        requestRemove([c.id]);
      },
    });
  }
  return items;
};

/** Projects (from the live containers), images, volumes and networks: jumps to each one's view. */
export const objectItems = (
  t: T,
  containers: Iterable<ContainerSummary>,
  fetched: Fetched,
): PaletteItem[] => {
  const items: PaletteItem[] = [];
  for (const project of groupProjects(containers)) {
    items.push({
      id: `p:${project.name}`,
      label: project.name,
      kind: t('kindProject'),
      run: () => {
        closeContainer();
        go('#/projects');
      },
    });
  }
  for (const image of fetched.images) {
    const label = image.repoTags[0] ?? image.id.replace(/^sha256:/, '').slice(0, 12);
    items.push({
      id: `i:${image.id}`,
      label,
      kind: t('kindImage'),
      keywords: image.repoTags.join(' '),
      run: () => {
        go('#/images');
        openImage(image.id);
      },
    });
  }
  for (const volume of fetched.volumes) {
    items.push({
      id: `v:${volume.name}`,
      label: volume.name,
      kind: t('kindVolume'),
      run: () => {
        go('#/volumes');
        browseVolume(volume.name);
      },
    });
  }
  for (const network of fetched.networks) {
    items.push({
      id: `n:${network.id}`,
      label: network.name,
      kind: t('kindNetwork'),
      run: () => {
        go('#/networks');
        openNetwork(network.id);
      },
    });
  }
  return items;
};

export const newContainerItem = (t: T): PaletteItem => ({
  id: 'a:new-container',
  label: t('newContainer'),
  kind: t('kindAction'),
  keywords: 'run create docker run',
  run: () => {
    openRunDialog();
  },
});

/** Asks the engine for the lists no store holds while their views are closed; a failure leaves that list empty. */
export const fetchObjects = async (client: Client): Promise<Fetched> => {
  const [images, volumes, networks] = await Promise.allSettled([
    client.invoke('images.list', {}),
    client.invoke('volumes.list', {}),
    client.invoke('networks.list', {}),
  ]);
  return {
    images: images.status === 'fulfilled' ? images.value.images : [],
    volumes: volumes.status === 'fulfilled' ? volumes.value : [],
    networks: networks.status === 'fulfilled' ? networks.value.networks : [],
  };
};
