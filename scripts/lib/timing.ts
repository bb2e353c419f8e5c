/** Runs `work` and returns its result with the seconds it took, for benchmark scripts' printed figures. */
export const timed = async <T>(work: () => Promise<T>) => {
  const start = performance.now();
  const result = await work();
  return { result, seconds: ((performance.now() - start) / 1000).toFixed(3) };
};
