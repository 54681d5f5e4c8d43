import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { rovoActionContracts, type RovoActionKey } from '../../src/contracts/rovo';
import { ROVO_AGENT_KEY, ROVO_AGENT_NAME } from '../../src/contracts/rovo-agent';
import { AGENT_DESCRIPTION, AGENT_STARTERS, en, fr } from '../../src/wording/catalog/assistant';
import * as index from '../../src/index';
import { readRovoModules } from '../../local/forge/rovo/rovo-modules';

const APP_DIR = resolve(__dirname, '..', '..');

interface ManifestAction {
  key: string;
  function: string;
  actionVerb: string;
  description: string;
  inputs: Record<string, { type: string; required: boolean }>;
}

const manifest = parse(readFileSync(join(APP_DIR, 'manifest.yml'), 'utf8')) as {
  modules: {
    'rovo:agent': { key: string; name: string; description: string; prompt: string; conversationStarters: string[]; actions: string[] }[];
    action: ManifestAction[];
    function: { key: string; handler: string }[];
  };
};

/**
 * The Rovo agent in manifest.yml against the app: its strings are the wording module's (the schema takes plain
 * strings there, so both languages' starters are listed), each action has a contract and a handler, and the inputs
 * the model is told about are exactly the ones the action's zod schema accepts.
 */
describe('the Rovo agent in manifest.yml', () => {
  const agent = manifest.modules['rovo:agent'][0];
  if (!agent) throw new Error('manifest.yml declares no rovo:agent');

  it('is the agent rovo.open() names, with the catalogue’s strings within Rovo’s limits', () => {
    expect(agent.key).toBe(ROVO_AGENT_KEY);
    expect(agent.name).toBe(ROVO_AGENT_NAME);
    expect(agent.name).toBe(en.agentName);
    expect(fr.agentName).toBe('Assistant campagnes');
    expect(ROVO_AGENT_KEY.length).toBeLessThanOrEqual(30);
    expect(agent.name.length).toBeLessThanOrEqual(30);
    expect(agent.description).toBe(AGENT_DESCRIPTION);
    expect(agent.description.length).toBeLessThanOrEqual(255);
    expect(agent.conversationStarters).toEqual(AGENT_STARTERS);
    for (const s of agent.conversationStarters) expect(s.length).toBeLessThanOrEqual(85);
    expect(AGENT_STARTERS).toEqual(expect.arrayContaining([...en.starters, ...fr.starters]));
  });

  it('reads its prompt from the app’s resources', () => {
    expect(agent.prompt).toBe('resource:rovo-agent;prompt.txt');
    expect(existsSync(join(APP_DIR, 'static/rovo-agent/prompt.txt'))).toBe(true);
    const [read] = readRovoModules(APP_DIR);
    expect(read?.prompt).toContain('Answer only from what your actions return');
  });

  it('calls exactly the actions that have a contract, each through its own exported handler', () => {
    expect([...agent.actions].sort()).toEqual(Object.keys(rovoActionContracts).sort());
    const exported = index as unknown as Record<string, unknown>;
    for (const key of agent.actions) {
      const action = manifest.modules.action.find((a) => a.key === key);
      if (!action) throw new Error(`no action module ${key}`);
      expect(action.description.length).toBeLessThanOrEqual(255);
      const fn = manifest.modules.function.find((f) => f.key === action.function);
      expect(fn?.handler).toMatch(/^index\.onRovo/);
      expect(typeof exported[String(fn?.handler.slice('index.'.length))]).toBe('function');
    }
  });

  it('tells the model exactly the inputs each action’s zod schema accepts, all optional as in the schema', () => {
    for (const action of manifest.modules.action) {
      const schema = rovoActionContracts[action.key as RovoActionKey].input;
      expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(schema.shape).sort());
      for (const [name, spec] of Object.entries(action.inputs)) {
        const field = (schema.shape as Record<string, { isOptional(): boolean }>)[name];
        expect({ name, required: spec.required }).toEqual({ name, required: !field?.isOptional() });
      }
    }
  });

  it('declares five GET actions and the two CREATE actions', () => {
    const verbs = Object.fromEntries(manifest.modules.action.map((a) => [a.key, a.actionVerb]));
    expect(verbs).toEqual({
      'campaign-status': 'GET',
      'campaigns-at-risk': 'GET',
      'over-allocated-people': 'GET',
      'pending-signoffs': 'GET',
      'kpis-vs-targets': 'GET',
      'draft-status-report': 'CREATE',
      'propose-breakdown': 'CREATE',
    });
  });
});
