export { ServerEntity, newServer } from './server.entity';
export { ServersService } from './servers.service';
export { ServersResolver } from './servers.resolver';
