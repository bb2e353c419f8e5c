import { env } from "@/lib/env";

/**
 * The caller's address, or null when it cannot be known. X-Forwarded-For is only believed behind proxies the
 * operator names (TRUSTED_PROXY_HOPS): each appends the address it saw, so the trusted one is that many from the
 * right; anything further left is whatever the client wrote. Without a trusted proxy the client may write it all.
 */
export const clientIp = (headers: Headers, hops = env.TRUSTED_PROXY_HOPS): string | null => {
  if (hops < 1) return null;
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return chain[chain.length - hops] ?? null;
};
