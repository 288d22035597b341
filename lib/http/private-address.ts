import { BlockList, isIP } from 'node:net';

/** Loopback, private, link-local, shared, benchmarking, multicast and reserved ranges: nothing a webhook may reach. */
const PRIVATE_RANGES: readonly (readonly [network: string, prefix: number, family: 'ipv4' | 'ipv6'])[] = [
  ['0.0.0.0', 8, 'ipv4'],
  ['10.0.0.0', 8, 'ipv4'],
  ['100.64.0.0', 10, 'ipv4'],
  ['127.0.0.0', 8, 'ipv4'],
  ['169.254.0.0', 16, 'ipv4'],
  ['172.16.0.0', 12, 'ipv4'],
  ['192.0.0.0', 24, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  ['198.18.0.0', 15, 'ipv4'],
  ['224.0.0.0', 4, 'ipv4'],
  ['240.0.0.0', 4, 'ipv4'],
  ['255.255.255.255', 32, 'ipv4'],
  ['::', 128, 'ipv6'],
  ['::1', 128, 'ipv6'],
  ['fc00::', 7, 'ipv6'],
  ['fe80::', 10, 'ipv6'],
  ['ff00::', 8, 'ipv6'],
];

// BlockList checks an IPv4-mapped IPv6 address (::ffff:a.b.c.d, also written ::ffff:xxxx:xxxx) against the IPv4 ranges.
const privateRanges = new BlockList();
for (const [network, prefix, family] of PRIVATE_RANGES) privateRanges.addSubnet(network, prefix, family);

/** Whether an IP address is in a private or loopback range; a string that is no IP address is not. */
export function isPrivateAddress(ip: string): boolean {
  const family = isIP(ip);
  return family !== 0 && privateRanges.check(ip, family === 4 ? 'ipv4' : 'ipv6');
}

/** Whether a URL's hostname (an IPv6 literal in brackets, as `URL.hostname` gives it) is a private IP literal. */
export function isPrivateAddressHost(hostname: string): boolean {
  return isPrivateAddress(hostname.replace(/^\[(.*)\]$/, '$1'));
}
