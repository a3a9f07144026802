export { ClovaStudio, type ClovaStudioOptions } from './client';
export { APIResource, type ResourceContext } from './resources/api-resource';
export type { ClovaRequestOptions } from './validation/request-options';
export { type ValidationOptions, validateRequest } from './validation/validate-request';
