export * from './common.ts';
export * from './source.ts';
export * from './actor.ts';
export * from './authority.ts';
export * from './event.ts';
export * from './overlay.ts';
export * from './extract.ts';
export * from './data-export.ts';
