/**
 * Private (RFC 1918), shared (CGNAT), link-local and unique-local addresses: a tool that resolves to one
 * is reachable only from inside a network. Loopback is left out: it only ever means a local test setup.
 */
export function isPrivateIp(addr: string): boolean {
  const a = addr.replace(/^::ffff:/i, "");
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(a);
  if (m) {
    const [x, y] = [Number(m[1]), Number(m[2])];
    return x === 10 || (x === 172 && y >= 16 && y <= 31) || (x === 192 && y === 168) || (x === 100 && y >= 64 && y <= 127) || (x === 169 && y === 254);
  }
  return /^(f[cd][0-9a-f]{2}|fe[89ab][0-9a-f]):/i.test(a);
}
