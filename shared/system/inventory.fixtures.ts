import type {
  Inventory,
  InventoryContainer,
  InventoryImage,
  InventoryNetwork,
  InventoryVolume,
} from './inventory.js';

/** Small builders for inventories in unit tests. */
export const container = (over: Partial<InventoryContainer> & { id: string }): InventoryContainer => ({
  name: over.id,
  state: 'exited',
  labels: {},
  imageId: 'sha256:img-used',
  sizeRw: 10,
  volumeNames: [],
  networkIds: [],
  ...over,
});

export const image = (over: Partial<InventoryImage> & { id: string }): InventoryImage => ({
  tags: [],
  labels: {},
  size: 100,
  sharedSize: 0,
  containers: 0,
  ...over,
});

export const volume = (over: Partial<InventoryVolume> & { name: string }): InventoryVolume => ({
  labels: {},
  size: 5,
  refCount: 0,
  ...over,
});

export const network = (over: Partial<InventoryNetwork> & { id: string }): InventoryNetwork => ({
  name: over.id,
  labels: {},
  builtin: false,
  ...over,
});

export const inventory = (over: Partial<Inventory> = {}): Inventory => ({
  containers: [],
  images: [],
  volumes: [],
  networks: [],
  buildCache: [],
  layersSize: null,
  ...over,
});
