import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { firstIssue } from '../../shared/zod-issue';

/** Forge's limit for a Rovo action's function (as for web triggers): 55 s. */
export const ACTION_TIMEOUT_MS = 55_000;

const ActionInputSchema = z.object({
  title: z.string(),
  type: z.enum(['string', 'integer', 'number', 'boolean']),
  required: z.boolean(),
  description: z.string().optional(),
});

const RovoManifest = z.object({
  modules: z
    .object({
      'rovo:agent': z
        .array(
          z.object({
            key: z.string(),
            name: z.string(),
            description: z.string().optional(),
            prompt: z.string(),
            conversationStarters: z.array(z.string()).default([]),
            actions: z.array(z.string()).default([]),
          }),
        )
        .default([]),
      action: z
        .array(
          z.object({
            key: z.string(),
            name: z.string(),
            function: z.string(),
            actionVerb: z.enum(['GET', 'CREATE', 'UPDATE', 'DELETE', 'TRIGGER']),
            description: z.string(),
            inputs: z.record(ActionInputSchema).default({}),
          }),
        )
        .default([]),
      function: z.array(z.object({ key: z.string(), handler: z.string(), timeoutSeconds: z.number().positive().optional() })).default([]),
    })
    .passthrough(),
  resources: z.array(z.object({ key: z.string(), path: z.string() }).passthrough()).default([]),
});

export type ActionInputSpec = z.infer<typeof ActionInputSchema>;

export interface RovoActionModule {
  key: string;
  name: string;
  functionKey: string;
  actionVerb: 'GET' | 'CREATE' | 'UPDATE' | 'DELETE' | 'TRIGGER';
  description: string;
  inputs: Record<string, ActionInputSpec>;
  timeoutMs: number;
}

export interface RovoAgentModule {
  key: string;
  name: string;
  description: string;
  /** The prompt's text (`resource:<key>;<path>` read from the resource's folder). */
  prompt: string;
  /** Where the prompt came from: `resource:rovo-agent;prompt.txt`, or `inline`. */
  promptSource: string;
  conversationStarters: string[];
  actions: RovoActionModule[];
}

/** `resource:<key>;<path>` read from the resource's folder, else the inline prompt itself. */
function promptText(appDir: string, prompt: string, resources: { key: string; path: string }[]): { text: string; source: string } {
  const ref = /^resource:([^;]+);(.+)$/.exec(prompt);
  if (!ref) return { text: prompt, source: 'inline' };
  const [, key = '', path = ''] = ref;
  const resource = resources.find((r) => r.key === key);
  if (!resource) throw new Error(`manifest.yml: the agent's prompt names resource '${key}', which is not declared`);
  return { text: readFileSync(join(appDir, resource.path, path), 'utf8'), source: prompt };
}

/** The manifest's `rovo:agent` modules with their actions (every action an agent names must be declared). */
export function readRovoModules(appDir: string): RovoAgentModule[] {
  const parsed = RovoManifest.safeParse(parse(readFileSync(join(appDir, 'manifest.yml'), 'utf8')));
  if (!parsed.success) {
    const issue = firstIssue(parsed.error);
    throw new Error(`manifest.yml: ${issue.path}: ${issue.message}`);
  }
  const { modules, resources } = parsed.data;
  const timeoutOf = (functionKey: string): number => {
    const fn = modules.function.find((f) => f.key === functionKey);
    if (!fn) throw new Error(`manifest.yml: an action names function '${functionKey}', which is not declared`);
    return fn.timeoutSeconds ? fn.timeoutSeconds * 1000 : ACTION_TIMEOUT_MS;
  };
  return modules['rovo:agent'].map((agent) => {
    const { text, source } = promptText(appDir, agent.prompt, resources);
    return {
      key: agent.key,
      name: agent.name,
      description: agent.description ?? '',
      prompt: text,
      promptSource: source,
      conversationStarters: agent.conversationStarters,
      actions: agent.actions.map((key) => {
        const a = modules.action.find((m) => m.key === key);
        if (!a) throw new Error(`manifest.yml: agent '${agent.key}' names action '${key}', which is not declared`);
        return {
          key: a.key,
          name: a.name,
          functionKey: a.function,
          actionVerb: a.actionVerb,
          description: a.description,
          inputs: a.inputs,
          timeoutMs: timeoutOf(a.function),
        };
      }),
    };
  });
}
