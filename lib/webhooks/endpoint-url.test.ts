import { describe, expect, it } from 'vitest';
import { endpointUrlProblem } from './endpoint-url';

const HTTPS_ONLY = 'Endpoint URL must start with https://.';
const HTTPS_OR_LOCAL = 'Endpoint URL must start with https:// (or http://localhost in demo mode).';
const PRIVATE = 'Endpoint URL must not point to a private or loopback address.';
const CREDENTIALS = 'Endpoint URL must not contain a username or password.';
const NOT_A_URL = 'Endpoint URL is not a valid URL.';
const longest = `https://hooks.example.com/${'a'.repeat(2000 - 'https://hooks.example.com/'.length)}`;

describe('an endpoint URL', () => {
  it.each<[string, boolean, string | null]>([
    ['https://hooks.example.com/shipper-central', false, null],
    ['https://hooks.example.com:8443/in?token=abc', false, null],
    ['https://93.184.216.34/hook', false, null],
    ['https://[2606:4700::1111]/hook', false, null],
    [longest, false, null],
    [`${longest}a`, false, 'Endpoint URL must be at most 2000 characters.'],
    ['hooks.example.com/in', false, NOT_A_URL],
    ['', false, NOT_A_URL],
    ['http://hooks.example.com/in', false, HTTPS_ONLY],
    ['http://localhost:3001/in', false, HTTPS_ONLY],
    ['ftp://hooks.example.com/in', false, HTTPS_ONLY],
    ['javascript:alert(1)', false, HTTPS_ONLY],
    ['https://user:pass@hooks.example.com/in', false, CREDENTIALS],
    ['https://user@hooks.example.com/in', false, CREDENTIALS],
    ['https://127.0.0.1/in', false, PRIVATE],
    ['https://10.1.2.3/in', false, PRIVATE],
    ['https://169.254.169.254/latest/meta-data', false, PRIVATE],
    ['https://[::1]/in', false, PRIVATE],
    ['https://[::ffff:192.168.0.1]/in', false, PRIVATE],
    ['https://0x7f000001/in', false, PRIVATE],
    ['http://localhost:3001/in', true, null],
    ['http://127.0.0.1:3001/in', true, null],
    ['http://[::1]:3001/in', true, null],
    ['https://127.0.0.1/in', true, null],
    ['https://hooks.example.com/in', true, null],
    ['http://hooks.example.com/in', true, HTTPS_OR_LOCAL],
    ['http://10.1.2.3/in', true, HTTPS_OR_LOCAL],
    ['http://user:pass@localhost:3001/in', true, CREDENTIALS],
  ])('%s (demo %s) → %s', (url, demo, problem) => {
    expect(endpointUrlProblem(url, { demo })).toBe(problem);
  });
});
