import { createContext, use } from 'react';
import type { Client } from '../ipc/client.js';

export const ClientContext = createContext<Client | null>(null);

export const useClient = (): Client => {
  const client = use(ClientContext);
  if (!client) throw new Error('useClient needs a <ClientContext> above it.');
  return client;
};
