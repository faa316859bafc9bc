/**
 * The simulator's state as plain JSON for GET /state: counters as JSON numbers (exact up to 2^53 bytes),
 * pairs both as RouterOS prints them (`maxLimit: '512000/2000000'`, upload first) and as numbers.
 */
import { SimSession } from './hotspot';
import { SimHotspotUserProfile } from './hotspot-profiles';
import { SimHotspotUser } from './hotspot-users';
import { SimInterface } from './interfaces';
import { SimPppSession } from './ppp-active';
import { SimPppSecret } from './ppp-secrets';
import { SimQueue } from './queues';
import { formatPair } from './ros-values';
import { RouterOsSimulator } from './simulator';

function queueJson(q: SimQueue) {
  return {
    id: q.id, name: q.name, target: q.target, disabled: q.disabled, comment: q.comment ?? null,
    maxLimit: formatPair(q.maxLimit), limitAt: formatPair(q.limitAt), bytes: formatPair(q.bytes),
    packets: formatPair(q.packets), rate: formatPair(q.rate),
    maxLimitUp: q.maxLimit[0], maxLimitDown: q.maxLimit[1], bytesUp: Number(q.bytes[0]), bytesDown: Number(q.bytes[1]),
    rateUp: q.rate[0], rateDown: q.rate[1],
  };
}

function sessionJson(s: SimSession) {
  return {
    id: s.id, server: s.server, user: s.user, address: s.address, macAddress: s.macAddress, loginBy: s.loginBy,
    uptimeSeconds: s.uptimeSeconds, idleSeconds: s.idleSeconds, bytesIn: Number(s.bytesIn), bytesOut: Number(s.bytesOut),
    packetsIn: Number(s.packetsIn), packetsOut: Number(s.packetsOut), rateUp: s.rate[0], rateDown: s.rate[1],
  };
}

function hotspotUserJson(u: SimHotspotUser) {
  return {
    id: u.id, name: u.name, profile: u.profile, macAddress: u.macAddress ?? null,
    limitBytesTotal: Number(u.limitBytesTotal), disabled: u.disabled, comment: u.comment ?? null,
    uptimeSeconds: u.uptimeSeconds, bytesIn: Number(u.bytesIn), bytesOut: Number(u.bytesOut),
  };
}

function hotspotProfileJson(p: SimHotspotUserProfile) {
  return { id: p.id, name: p.name, rateLimit: p.rateLimit ?? null, sharedUsers: p.sharedUsers };
}

function pppSecretJson(s: SimPppSecret) {
  return {
    id: s.id, name: s.name, service: s.service, profile: s.profile, callerId: s.callerId,
    remoteAddress: s.remoteAddress ?? null, disabled: s.disabled, comment: s.comment ?? null,
    lastLoggedOut: s.lastLoggedOut === undefined ? null : new Date(s.lastLoggedOut).toISOString(),
    lastCallerId: s.lastCallerId ?? null,
  };
}

function pppSessionJson(s: SimPppSession) {
  return {
    id: s.id, name: s.name, service: s.service, callerId: s.callerId, address: s.address,
    uptimeSeconds: s.uptimeSeconds, up: Number(s.up), down: Number(s.down), interfaceName: s.interfaceName,
  };
}

function interfaceJson(i: SimInterface) {
  return {
    id: i.id, name: i.name, type: i.type, dynamic: i.dynamic, running: i.running, disabled: i.disabled,
    rxByte: Number(i.rxByte), txByte: Number(i.txByte), rxPacket: Number(i.rxPacket), txPacket: Number(i.txPacket),
    comment: i.comment ?? null,
  };
}

export function stateJson(sim: RouterOsSimulator) {
  return {
    port: sim.port,
    sessions: sim.sessions().map(sessionJson),
    queues: sim.queues().map(queueJson),
    hotspotUsers: sim.hotspotUsers().map(hotspotUserJson),
    hotspotProfiles: sim.hotspotUserProfiles().map(hotspotProfileJson),
    pppSecrets: sim.pppSecrets().map(pppSecretJson),
    pppSessions: sim.pppSessions().map(pppSessionJson),
    interfaces: sim.interfaces().map(interfaceJson),
  };
}
