import { clientAddressKey } from './client-address';

describe('clientAddressKey', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['::FFFF:127.0.0.1', '127.0.0.1'],
    ['2001:db8:85a3:0042:1000:8a2e:370:7334', '2001:db8:85a3:42::/64'],
    ['2001:db8:85a3:42::1', '2001:db8:85a3:42::/64'],
    ['2001:DB8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    [undefined, 'unknown'],
    ['', 'unknown'],
    ['not an address', 'unknown'],
  ])('should key %j as %j', (address, key) => {
    expect(clientAddressKey(address)).toBe(key);
  });

  it('should key every address of one /64 alike', () => {
    expect(clientAddressKey('2001:db8:1:2:aaaa::1')).toBe(
      clientAddressKey('2001:db8:1:2:bbbb:cccc:dddd:eeee'),
    );
    expect(clientAddressKey('2001:db8:1:2::1')).not.toBe(clientAddressKey('2001:db8:1:3::1'));
  });
});
