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

/** The connection's own address, set by scripts/lib/http-guard.mjs over anything the client sent. */
export const PEER_HEADER = "x-involve-peer";

/**
 * Who sent a public form, for its per-client limit: the trusted proxy's word, else the connection's address. Behind
 * a proxy nobody named, that is the proxy's, shared by everyone: name it with TRUSTED_PROXY_HOPS (README). Sign-in
 * does not use it: there a shared address would let one person's guesses hold everyone back (decision 19).
 */
export const formClient = (headers: Headers, hops = env.TRUSTED_PROXY_HOPS): string | null =>
  clientIp(headers, hops) ?? (headers.get(PEER_HEADER) || null);
