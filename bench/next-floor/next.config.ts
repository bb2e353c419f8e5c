import path from "node:path";
import type { NextConfig } from "next";

// Next.js and React come from the project's own node_modules, one folder up from this app's.
const nextConfig: NextConfig = { poweredByHeader: false, turbopack: { root: path.resolve("../..") } };

export default nextConfig;
