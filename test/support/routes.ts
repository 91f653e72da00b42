import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { IS_PUBLIC, ROLES } from '../../api/src/auth/access.decorators.js';
import { RATE_LIMIT_BUCKET } from '../../api/src/auth/rate-limit-bucket.js';
import { ListQueryDto } from '../../api/src/list/list-query.dto.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

export interface RouteInfo {
  /** `METHOD /api/path`, with Nest's `:param` placeholders: the key of the access policy table. */
  key: string;
  method: HttpMethod;
  path: string;
  isPublic: boolean;
  roles: string[] | undefined;
  rateLimited: boolean;
  /** The handler reads a JSON body (`@Body()`); multipart and passport routes read theirs elsewhere. */
  readsBody: boolean;
  /** The handler takes the list protocol's `sort`, `range` and `filter`. */
  isList: boolean;
  params: string[];
}

interface RouteArgument {
  index: number;
}

function argumentKinds(controller: Function, name: string): RouteParamtypes[] {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<string, RouteArgument>;
  return Object.keys(args)
    .map((key) => Number(key.split(':')[0]))
    .filter((kind) => Number.isInteger(kind));
}

/**
 * Every route the application registered, read from Nest's own metadata (the
 * router's source of truth), with the access rule, rate limit and inputs it declares.
 */
export function walkRoutes(app: INestApplication): RouteInfo[] {
  const modules = app.get(ModulesContainer);
  const scanner = new MetadataScanner();
  const reflector = app.get(Reflector);
  const routes: RouteInfo[] = [];
  const controllers = [...modules.values()].flatMap((module) => [...module.controllers.values()]);
  for (const wrapper of controllers) {
    const controller = wrapper.metatype as (new (...args: never[]) => object) | undefined;
    if (!controller || !wrapper.instance) continue;
    const prefix = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    const prototype = Object.getPrototypeOf(wrapper.instance) as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name] as (...args: unknown[]) => unknown;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (path === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number] as HttpMethod;
      const fullPath = `/api/${[prefix, path].filter((part) => part && part !== '/').join('/')}`;
      const kinds = argumentKinds(controller, name);
      const paramTypes = (Reflect.getMetadata('design:paramtypes', prototype, name) ?? []) as unknown[];
      routes.push({
        key: `${method} ${fullPath}`,
        method,
        path: fullPath,
        isPublic: reflector.getAllAndOverride<boolean>(IS_PUBLIC, [handler, controller]) === true,
        roles: reflector.getAllAndOverride<string[]>(ROLES, [handler, controller]),
        rateLimited: reflector.getAllAndOverride<string | undefined>(RATE_LIMIT_BUCKET, [handler, controller]) !== undefined,
        readsBody: kinds.includes(RouteParamtypes.BODY),
        isList: paramTypes.includes(ListQueryDto),
        params: [...fullPath.matchAll(/:(\w+)/g)].map((match) => match[1]),
      });
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}

/** The route's path with each `:param` replaced. */
export function fillPath(route: RouteInfo, values: Record<string, string>): string {
  return route.path.replace(/:(\w+)/g, (_match, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) throw new Error(`No value for :${name} of ${route.key}`);
    return value;
  });
}

/** The names defined on Object.prototype: a key that a plain object lookup finds on every object. */
export const PROTOTYPE_NAMES: readonly string[] = Object.getOwnPropertyNames(Object.prototype).sort();
