/**
 * Runs `work` once for every caller asking for the same key at the same time: the others wait for that run's
 * result instead of starting their own. For cached figures that are slow to work out: when the cache is empty (a
 * server just started, or the figures expired), fifty board members opening the dashboard at once would otherwise
 * each work them out, and the database would do fifty times the work while every one of them waited.
 */
export const coalesce = <T>(inFlight: Map<string, Promise<T>>, key: string, work: () => Promise<T>): Promise<T> => {
  const running = inFlight.get(key);
  if (running) return running;
  const started = work().finally(() => inFlight.delete(key));
  inFlight.set(key, started);
  return started;
};
