import { describe, expect, it } from 'vitest';
import { isPrivateAddress, isPrivateAddressHost } from './private-address';

describe('a private address', () => {
  it.each([
    ['0.0.0.0', true],
    ['0.255.255.255', true],
    ['1.1.1.1', false],
    ['8.8.8.8', false],
    ['9.255.255.255', false],
    ['10.0.0.1', true],
    ['10.255.255.255', true],
    ['11.0.0.0', false],
    ['100.63.255.255', false],
    ['100.64.0.0', true],
    ['100.127.255.255', true],
    ['100.128.0.0', false],
    ['126.255.255.255', false],
    ['127.0.0.1', true],
    ['127.255.255.254', true],
    ['169.254.169.254', true],
    ['169.255.0.1', false],
    ['172.15.255.255', false],
    ['172.16.0.0', true],
    ['172.31.255.255', true],
    ['172.32.0.0', false],
    ['192.0.0.8', true],
    ['192.0.1.1', false],
    ['192.167.255.255', false],
    ['192.168.1.1', true],
    ['192.169.0.0', false],
    ['198.17.255.255', false],
    ['198.18.0.0', true],
    ['198.19.255.255', true],
    ['198.20.0.0', false],
    ['223.255.255.255', false],
    ['224.0.0.1', true],
    ['239.255.255.250', true],
    ['240.0.0.1', true],
    ['255.255.255.255', true],
    ['::', true],
    ['::1', true],
    ['::2', false],
    ['2001:4860:4860::8888', false],
    ['2606:4700:4700::1111', false],
    ['fbff:ffff::1', false],
    ['fc00::1', true],
    ['fd12:3456:789a::1', true],
    ['fe00::1', false],
    ['fe80::1', true],
    ['FE80::1', true],
    ['febf:ffff::1', true],
    ['fec0::1', false],
    ['ff02::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['::ffff:10.1.2.3', true],
    ['::ffff:169.254.169.254', true],
    ['::ffff:8.8.8.8', false],
    ['::ffff:808:808', false],
    ['example.com', false],
    ['', false],
  ])('%s → %s', (ip, expected) => {
    expect(isPrivateAddress(ip)).toBe(expected);
  });
});

describe('a private address host', () => {
  it.each([
    ['127.0.0.1', true],
    ['[::1]', true],
    ['[::ffff:7f00:1]', true],
    ['[2001:db8::1]', false],
    ['93.184.216.34', false],
    ['localhost', false],
    ['example.com', false],
  ])('%s → %s', (hostname, expected) => {
    expect(isPrivateAddressHost(hostname)).toBe(expected);
  });
});
