import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to an SQLite file under ./data', () => {
    expect(loadConfig({}).db).toEqual({ type: 'sqlite', path: './data/traffic-manager.sqlite' });
  });

  it.each([
    ['mysql://root@db:3306/tm', { type: 'mysql', url: 'mysql://root@db:3306/tm', flavor: 'mysql' }],
    ['mariadb://root@db/tm', { type: 'mysql', url: 'mysql://root@db/tm', flavor: 'mariadb' }],
    ['sqlite:/tmp/x.sqlite', { type: 'sqlite', path: '/tmp/x.sqlite' }],
  ])('reads DATABASE_URL %s', (url, db) => {
    expect(loadConfig({ DATABASE_URL: url }).db).toEqual(db);
  });

  it('rejects an unknown database scheme and bad numbers', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('refuses to start in production with a default or short secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'change-me' })).toThrow(/AUTH_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'short-but-not-default' })).toThrow(/AUTH_SECRET/);
    const secret = 'x'.repeat(40);
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_SECRET: secret, ROUTER_SECRET_KEY: 'y'.repeat(32), ADMIN_PASSWORD: 'change-me' })).toThrow(/ADMIN_PASSWORD/);
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_SECRET: secret })).toThrow(/ROUTER_SECRET_KEY/);
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_SECRET: secret, ROUTER_SECRET_KEY: 'change-me' })).toThrow(/ROUTER_SECRET_KEY/);
    expect(loadConfig({ NODE_ENV: 'production', AUTH_SECRET: secret, ROUTER_SECRET_KEY: 'y'.repeat(32) }).isProduction).toBe(true);
  });
});
