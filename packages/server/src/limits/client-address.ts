import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/**
 * The client address a request counts against (issue 12 item 3). Behind a load balancer every
 * request comes from the balancer, so `X-Forwarded-For` is believed, hop by hop from the right, only
 * for peers on the trusted list (proxy-addr, Express's implementation): addresses, CIDR ranges or
 * `loopback`, `linklocal`, `uniquelocal`. Without a list, the peer address is the client.
 *
 * @param trustedProxies - e.g. `['10.0.0.0/8', 'loopback']`; empty trusts nobody
 * @throws TypeError at construction for an entry that is not an address or range
 */
export function clientAddressResolver(trustedProxies: readonly string[]): (req: IncomingMessage) => string {
  const trust = proxyaddr.compile([...trustedProxies]);
  return (req) => {
    try {
      return proxyaddr(req, trust);
    } catch {
      return req.socket.remoteAddress ?? 'unknown';
    }
  };
}
