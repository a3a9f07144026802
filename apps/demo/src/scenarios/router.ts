import { defineScenario } from '../scenario.ts';

/**
 * Router: classify queries into the router's domains and check them against its content and
 * safety filters. Needs a router id: the emulator has `default`; against the real service set
 * `CLOVA_STUDIO_ROUTER_ID` (and `CLOVA_STUDIO_ROUTER_VERSION`).
 */
export const router = defineScenario({
  name: 'router',
  title: 'Route queries to domains, with content and safety filters',
  endpoint: 'POST /v1/routers/{id}/versions/{v}/route',
  async run({ client, target, say, skip, terminal }) {
    const { colors } = terminal;
    const { routerId, routerVersion } = target.ids;
    if (!routerId) return skip('set CLOVA_STUDIO_ROUTER_ID to a router of your account');

    const queries = [
      'Will it rain in Seoul tomorrow?',
      'Find a good restaurant near Gangnam station',
      'Which crypto coin should I buy?',
    ];
    const routes = [];
    for (const query of queries) {
      const result = await client.router.route(routerId, { version: routerVersion, query });
      const domain = result.domain.called ? result.domain.result : '(no domain)';
      const blocked = result.blockedContent?.result ?? [];
      const safety = result.safety?.result ?? [];
      say(
        `${query}  →  ${colors.cyan(domain || '(none)')}${blocked.length ? colors.yellow(`  blocked: ${blocked.join(', ')}`) : ''}${safety.length ? colors.red(`  safety: ${safety.join(', ')}`) : ''}`,
      );
      routes.push({ query, domain: result.domain.result, blockedContent: blocked, safety });
    }

    return {
      summary: `${queries.length} queries routed with router ${routerId} v${routerVersion}`,
      data: { routerId, routes },
    };
  },
});
