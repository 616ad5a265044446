import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { placeholderValues } from './placeholders';
import { restrictedProfileViolations } from './pod-security';
import { schemaErrors, type KubernetesObject } from './schema';
import { TemplateError, fillTemplate, placeholdersIn } from './template';
import { parseManifestValues } from './values';

/** One rendered template file. */
export interface RenderedManifest {
  /** Template file name, e.g. 20-deployment.yaml (files are applied in name order). */
  file: string;
  /** The rendered YAML text, ready for server-side apply. */
  yaml: string;
  /** The parsed Kubernetes objects of the file. */
  objects: KubernetesObject[];
}

export interface Template {
  file: string;
  text: string;
}

export class ManifestError extends Error {
  override readonly name = 'ManifestError';
  constructor(
    message: string,
    readonly problems: string[],
  ) {
    super(message);
  }
}

/**
 * Where k8s/ is: the option, else ./k8s under the working directory (the repository root for npm scripts,
 * GITHUB_WORKSPACE for an action). Deliberately not relative to this file: a bundled action has no source
 * tree around it.
 */
export function resolveTemplatesDir(templatesDir?: string): string {
  return resolve(templatesDir ?? join(process.cwd(), 'k8s'));
}

export function loadTemplates(templatesDir?: string): Template[] {
  const dir = resolveTemplatesDir(templatesDir);
  if (!existsSync(dir)) throw new ManifestError(`Kubernetes templates not found at ${dir}`, [`missing ${dir}`]);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  if (files.length === 0) throw new ManifestError(`No .yaml templates in ${dir}`, [`empty ${dir}`]);
  return files.map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}

/** Fills, parses and checks templates with placeholder values (the step under renderManifests). */
export function renderTemplates(templates: Template[], vars: Readonly<Record<string, unknown>>): RenderedManifest[] {
  const missing = [...new Set(templates.flatMap((t) => placeholdersIn(t.text)))].filter((name) => vars[name] === undefined || vars[name] === null);
  if (missing.length > 0) {
    throw new ManifestError(`Missing value for placeholder(s): ${missing.join(', ')}`, missing);
  }
  const problems: string[] = [];
  const rendered: RenderedManifest[] = [];
  for (const template of templates) {
    let yaml: string;
    try {
      yaml = fillTemplate(template.file, template.text, vars);
    } catch (error) {
      if (error instanceof TemplateError) {
        problems.push(error.message);
        continue;
      }
      throw error;
    }
    const documents = parseAllDocuments(yaml);
    const objects: KubernetesObject[] = [];
    for (const doc of Array.isArray(documents) ? documents : [documents]) {
      if (doc.errors.length > 0) {
        problems.push(...doc.errors.map((e) => `${template.file}: ${e.message}`));
        continue;
      }
      const object = doc.toJS() as unknown;
      if (object === null || object === undefined) continue;
      const errors = schemaErrors(object);
      const label = `${template.file} ${describe(object)}`;
      problems.push(...errors.map((e) => `${label}: ${e}`));
      if (errors.length === 0) {
        const k8s = object as KubernetesObject;
        if (k8s.kind === 'Deployment') {
          const pod = (k8s as { spec?: { template?: { spec?: object } } }).spec?.template?.spec ?? {};
          problems.push(...restrictedProfileViolations(pod).map((p) => `${label}: ${p}`));
        }
        objects.push(k8s);
      }
    }
    rendered.push({ file: template.file, yaml, objects });
  }
  if (problems.length > 0) {
    throw new ManifestError(`Rendered manifests are invalid:\n  ${problems.join('\n  ')}`, problems);
  }
  return rendered;
}

/**
 * Renders every template in k8s/ for the given values: validates the values (a ManifestValuesError names
 * every bad or missing field), fills the placeholders (a ManifestError names every placeholder without a
 * value), and checks each object against the Kubernetes OpenAPI schema and the Deployment against the
 * restricted Pod Security profile. Returns the files in apply order.
 */
export function renderManifests(values: unknown, options: { templatesDir?: string } = {}): RenderedManifest[] {
  const parsed = parseManifestValues(values);
  return renderTemplates(loadTemplates(options.templatesDir), placeholderValues(parsed));
}

function describe(object: unknown): string {
  const o = object as Partial<KubernetesObject>;
  return `${String(o.kind ?? '?')}/${String(o.metadata?.name ?? '?')}`;
}
