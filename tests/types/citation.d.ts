// The little of citation-js and citeproc-js the citation tests use; neither ships type declarations.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    data: unknown[];
    format(format: string, options?: object): string;
  }
  export const plugins: { config: { get(name: string): unknown } };
}

declare module 'citeproc' {
  export interface Engine {
    setOutputFormat(format: string): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [unknown, string[]];
  }
  const CSL: { Engine: new (sys: object, style: string, lang?: string) => Engine };
  export default CSL;
}
