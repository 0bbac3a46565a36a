import type { ComponentKind } from './component-kind.js';
import { describePlugin, type PluginDescription } from './describe.js';
import { discoverPlugins } from './discovery.js';
import { findInstalledPlugins, type RefusedPlugin } from './installed.js';
import type { PluginCommand } from './plugin-command.js';
import { checkApi, multiComponents } from './multi-components.js';
import { installedPluginDir, type DiscoveryInput } from './plugin-dirs.js';

/** Where a component's binary was found (see resolvePlugins for who wins). */
export type ComponentOrigin = 'installed' | 'legacy' | 'multi' | 'config';

/** One component type a plugin binary serves, and how to start an instance of it. */
export interface PluginComponent {
  kind: ComponentKind;
  /** The type templates use: `file`, `amazon-ebs`, or the bare plugin name for the default component. */
  type: string;
  command: PluginCommand;
  origin: ComponentOrigin;
  /** Installed plugins: the binary's `_SHA256SUM` is checked again before every start. */
  verifyChecksum: boolean;
}

export type PluginComponents = Record<ComponentKind, Map<string, PluginComponent>>;

export interface ResolvedPlugins {
  components: PluginComponents;
  /** Plugins skipped and why; Packer logs these (shown under PACKER_LOG). */
  warnings: string[];
  /** Packer-style `[INFO]` notes of what was found, for the log. */
  notes: string[];
  /** Installed plugins refused (checksum, describe): named when a template uses their types. */
  refused: RefusedPlugin[];
}

/**
 * Every external component, later sources overriding earlier ones for the same type:
 *
 * 1. installed plugins (Packer ≥ 1.11 versioned layout, one plugin directory), lowest;
 * 2. Packer 1.6.6's legacy discovery, exactly: the search dirs in order (executable's dir,
 *    `~/.packer.d/plugins`, cwd, each PACKER_PLUGIN_PATH entry), within one dir the
 *    `packer-<kind>-NAME` binaries and then the `packer-plugin-NAME` multi binaries;
 * 3. the config file's entries (`~/.packerconfig`), highest.
 *
 * This keeps 1.6.6's legacy rules intact and follows Packer 1.7–1.10, which loaded both and let
 * binaries put in place by hand win over installed ones ("manually installed plugins take
 * precedence over all"). Built-in components lose to all of these (see pluginComponentSet).
 * A multi binary whose `describe` fails is skipped with a warning (1.6.6 refused to start).
 */
export async function resolvePlugins(input: DiscoveryInput): Promise<ResolvedPlugins> {
  const warnings: string[] = [];
  const notes: string[] = [];
  const components: PluginComponents = { builder: new Map(), provisioner: new Map(), 'post-processor': new Map() };
  const set = (c: PluginComponent): void => void components[c.kind].set(c.type, c);

  const dir = await installedPluginDir(input, warnings);
  const installedBy = new Map<string, string>();
  const refused: RefusedPlugin[] = [];
  for (const p of await findInstalledPlugins(dir, input.env, warnings, undefined, refused)) {
    const other = installedBy.get(p.name);
    if (other) warnings.push(`Installed plugins ${other} and ${p.source} are both named ${p.name}: the components of ${p.source} win`);
    installedBy.set(p.name, p.source);
    notes.push(`found installed plugin ${p.source} ${p.version.text} at ${p.path}`);
    for (const c of multiComponents(p.name, p.path, p.description, 'installed')) set(c);
  }

  const legacy = await discoverPlugins(input);
  warnings.push(...legacy.warnings);
  type Step = { order: number; apply: () => Promise<void> };
  const steps: Step[] = [];
  for (const b of legacy.plugins) {
    steps.push({ order: b.order, apply: async () => set({ kind: b.kind, type: b.name, command: { path: b.path }, origin: b.source, verifyChecksum: false }) });
  }
  for (const m of legacy.multi) {
    steps.push({
      order: m.order + 0.5,
      apply: async () => {
        let description: PluginDescription;
        try {
          description = await describePlugin(m.path, input.env);
          checkApi(description);
        } catch (e) {
          warnings.push(`Ignoring plugin ${m.path}: ${(e as Error).message}`);
          return;
        }
        for (const c of multiComponents(m.name, m.path, description, 'multi')) set(c);
        for (const [kind, names] of [['builders', description.builders], ['post-processors', description.postProcessors], ['provisioners', description.provisioners]] as const) {
          if (names.length > 0) notes.push(`found external [${names.join(' ')}] ${kind} from ${m.name} plugin`);
        }
      },
    });
  }
  steps.sort((a, b) => a.order - b.order);
  for (const s of steps) await s.apply();
  return { components, warnings, notes, refused };
}
