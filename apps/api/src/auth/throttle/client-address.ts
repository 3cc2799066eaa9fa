import { isIPv4, isIPv6 } from 'node:net';

/**
 * The key a client address is throttled under. An IPv4 address counts alone; an
 * IPv6 address counts with its /64, since one subscriber usually holds a whole
 * /64 and could otherwise rotate through it.
 */
export const clientAddressKey = (address: string | undefined): string => {
  if (!address) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return 'unknown';
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
};

const expandIPv6 = (address: string): string[] => {
  const [head = '', tail] = address.split('%')[0]?.toLowerCase().split('::') ?? [];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An embedded IPv4 tail (::1.2.3.4) takes two groups; only the first four groups matter here.
  const missing = 8 - left.length - right.length - (right.at(-1)?.includes('.') ? 1 : 0);
  const groups =
    tail === undefined ? left : [...left, ...Array<string>(Math.max(0, missing)).fill('0'), ...right];
  return groups.map((group) =>
    group.includes('.') ? group : String(Number.parseInt(group, 16).toString(16)),
  );
};
