/** Calls every listener; one that throws is logged and must not starve the others or the caller. */
export const notifyAll = <T>(listeners: ReadonlySet<(value: T) => void>, value: T): void => {
  for (const listener of [...listeners]) {
    try {
      listener(value);
    } catch (err) {
      console.error('Berth: a listener failed:', err);
    }
  }
};
