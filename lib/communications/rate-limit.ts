/**
 * Spaces one process's calls to a provider at least 1/perSecond apart. Each worker process keeps its own pace;
 * a provider that still answers "too many" (429) has the message tried again later by the queue's backoff.
 */
const nextFree = new Map<string, number>();

export const waitForTurn = async (provider: string, perSecond: number) => {
  if (!Number.isFinite(perSecond)) return;
  const now = Date.now();
  const turn = Math.max(now, nextFree.get(provider) ?? 0);
  nextFree.set(provider, turn + 1000 / perSecond);
  if (turn > now) await new Promise((resolve) => setTimeout(resolve, turn - now));
};
