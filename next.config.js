/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'standalone',
  // Native addon and Node-only client: loaded by Node at run time, never bundled.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
};

export default nextConfig;
