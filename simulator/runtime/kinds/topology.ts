import type { SimState } from '../../engine/types';
import type { Draft } from '../createCanvasStore';
import type { Topology } from './kindModel';
import { KIND_MODELS } from './kindModels';

/**
 * What the canvas draws: every kind's nodes (shards as children of their stream) and wires, in the
 * registry's order. No numbers: those reach each node through its own selector. Removed producers are
 * left out (the engine keeps them for the runs they wrote).
 * @example topologyOf(sim).nodes.filter((n) => n.kind === 'shard').map((n) => n.name) // ['shardId-000000000000', …]
 */
export function topologyOf(sim: SimState, drafts: Draft[] = []): Topology {
  const topology: Topology = { nodes: [], edges: [] };
  for (const model of Object.values(KIND_MODELS)) {
    const part = model.read(sim, drafts);
    topology.nodes.push(...part.nodes);
    topology.edges.push(...part.edges);
  }
  return topology;
}

/**
 * A signature that changes exactly when the simulation's topology does, so the canvas subscribes to a
 * string and rebuilds its nodes only then.
 * @example topologyKey(sim) === topologyKey(sim) // true until a node, a fact or a wire changes
 */
export function topologyKey(sim: SimState): string {
  const { nodes, edges } = topologyOf(sim);
  return JSON.stringify([nodes.map((n) => [n.id, n.facts]), edges.map((e) => e.id)]);
}
