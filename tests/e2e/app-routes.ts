import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** One page of the client's router, with its full path pattern (`/raete/:workspaceId/plaene`). */
export interface AppRoute {
  pattern: string;
  /** Below a `requireUser` loader: signed-out visitors are sent to the login page. */
  signedIn: boolean;
}

const ROUTER_FILE = path.resolve(__dirname, '..', '..', 'client', 'src', 'router.tsx');

function property(node: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const prop of node.properties) {
    if (ts.isPropertyAssignment(prop) && ts.isIdentifier(prop.name) && prop.name.text === name) {
      return prop.initializer;
    }
  }
  return undefined;
}

function join(parent: string, child: string): string {
  const joined = `${parent.replace(/\/$/, '')}/${child}`;
  return joined.startsWith('/') ? joined : `/${joined}`;
}

/**
 * Every page of `client/src/router.tsx`, read from its source rather than imported, because the
 * router module pulls in React components and stylesheets. A route added there is visited by the
 * specs that enumerate pages without anyone editing them.
 */
export function appRoutes(): AppRoute[] {
  const source = ts.createSourceFile(
    ROUTER_FILE,
    readFileSync(ROUTER_FILE, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  let top: ts.ArrayLiteralExpression | undefined;
  const find = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'createBrowserRouter' &&
      node.arguments[0] &&
      ts.isArrayLiteralExpression(node.arguments[0])
    ) {
      top = node.arguments[0];
      return;
    }
    ts.forEachChild(node, find);
  };
  find(source);
  if (!top) throw new Error(`No createBrowserRouter([...]) found in ${ROUTER_FILE}`);

  const routes = new Map<string, AppRoute>();
  const walk = (list: ts.ArrayLiteralExpression, prefix: string, signedIn: boolean): void => {
    for (const element of list.elements) {
      if (!ts.isObjectLiteralExpression(element)) {
        throw new Error(`Route ${element.getText()} in router.tsx is not an object literal`);
      }
      const pathNode = property(element, 'path');
      const index = property(element, 'index')?.kind === ts.SyntaxKind.TrueKeyword;
      const loader = property(element, 'loader');
      const below = signedIn || (loader !== undefined && /requireUser/.test(loader.getText()));
      if (pathNode && !ts.isStringLiteralLike(pathNode)) {
        throw new Error(`Route path ${pathNode.getText()} in router.tsx is not a string literal`);
      }
      const full = pathNode ? join(prefix, pathNode.text) : prefix;
      if (pathNode || index) routes.set(full || '/', { pattern: full || '/', signedIn: below });
      const children = property(element, 'children');
      if (children && ts.isArrayLiteralExpression(children)) walk(children, full, below);
    }
  };
  walk(top, '', false);
  return [...routes.values()];
}

/**
 * Fills a pattern's `:params` with real ids. A pattern with a parameter nobody knows fails loudly,
 * so a new route with a new parameter is noticed rather than skipped.
 */
export function resolveRoute(
  pattern: string,
  values: Record<string, string>,
  overrides: Record<string, string>,
): string {
  const override = overrides[pattern];
  if (override !== undefined) return override;
  if (pattern.includes('*')) {
    throw new Error(`Route ${pattern}: add a concrete path for it to the overrides`);
  }
  // An optional parameter (`:code?`) without a value leaves its segment out.
  return pattern.replace(/\/:(\w+)(\?)?/g, (_match, name: string, optional?: string) => {
    const value = values[name];
    if (value !== undefined) return `/${value}`;
    if (optional) return '';
    throw new Error(
      `Route ${pattern}: no demo value for :${name}; resolve it from the API in the spec`,
    );
  });
}
