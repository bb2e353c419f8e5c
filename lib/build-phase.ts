import { env } from "@/lib/env";

/**
 * True while `next build` prerenders pages. The build never opens the database: it may run where the database is
 * unreachable (CI, an image build), and its data would be stale by the time the server starts. Cached pages are
 * rendered for real on their first request instead (lib/route-cache-handler.mjs ignores the build's output).
 */
export const isBuildPhase = () => env.NEXT_PHASE === "phase-production-build";
